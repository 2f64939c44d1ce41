/**
 * Short links: `/<id>/` and `/e/<id>/` lead to `/errors/<id>/` for every entry id, as static
 * redirect pages (src/pages/[...short].astro).
 *
 * A short link never shadows a real page: an id equal to a top-level name the site already uses
 * (`faq`, `404`, `errors`…) keeps its `/e/<id>/` link and gets no `/<id>/` link. A unit test
 * checks that every top-level name in src/pages and public/ is listed here.
 *
 * Pure module: no astro:* imports.
 */
import { errorPath, withBase } from './paths.ts';

/** Top-level path segments that belong to real pages, files and build output. */
export const RESERVED_SEGMENTS = [
	'404',
	'500',
	'_astro',
	'_headers',
	'api',
	'categories',
	'changes',
	'changes.xml',
	'decode',
	'e',
	'errors',
	'errors.json',
	'errors.md',
	'errors.schema.json',
	'faq',
	'faq.md',
	'guides',
	'index',
	'llms-full.txt',
	'llms.txt',
	'og',
	'opensearch.xml',
	'pagefind',
	'robots.txt',
	'search',
	'sitemap-0.xml',
	'sitemap-index.xml',
] as const;

const reserved = new Set<string>(RESERVED_SEGMENTS);

/** Whether `/<id>/` can be a short link without colliding with the site's own pages. */
export const hasRootShortLink = (id: string): boolean => !reserved.has(id.toLowerCase());

/** Every short link and its target: `/e/<id>` always, `/<id>` unless reserved; targets carry the base. */
export function shortLinkRedirects(ids: readonly string[], base: string): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const id of ids) {
		const to = withBase(errorPath(id), base);
		redirects[`/e/${id}`] = to;
		if (hasRootShortLink(id)) redirects[`/${id}`] = to;
	}
	return redirects;
}
