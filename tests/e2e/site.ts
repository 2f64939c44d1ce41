/** Facts about the built site in dist/, for the quality gates. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Site paths listed in the built sitemap (without origin and base). */
export function sitemapPaths(): string[] {
	const file = `${DIST}sitemap.xml`;
	if (!existsSync(file)) throw new Error('dist/sitemap.xml is missing: build the site first (npm run build).');
	const xml = readFileSync(file, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** One representative page of each kind, for budgets, privacy and CSP checks. */
export const PAGE_KINDS = {
	home: '/',
	index: '/errors/',
	error: '/errors/2207026/',
	'error (message-keyed)': '/errors/session-has-been-invalidated/',
	category: '/categories/media-format/',
	faq: '/faq/',
	decoder: '/decode/',
	guide: '/guides/retry-safety/',
	'not found': '/404.html',
} as const;
