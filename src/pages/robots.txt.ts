/** robots.txt: everything may be crawled; the sitemap is on the configured site and base. */
import type { APIRoute } from 'astro';
import { canonicalUrl } from '../lib/seo.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = canonicalUrl('/sitemap.xml', site ?? 'http://localhost/', import.meta.env.BASE_URL);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
