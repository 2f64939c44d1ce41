/** robots.txt: everything may be crawled; the sitemap index is on the configured site and base. */
import type { APIRoute } from 'astro';
import { SITEMAP_PATH } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/seo.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
