/**
 * Short links: `/<id>/` and `/e/<id>/` lead to `/errors/<id>/` for every entry id. The site is
 * static, so each is a small redirect page (meta refresh, canonical link, a visible link, noindex).
 *
 * Invariant: a short link never shadows a real page. An id equal to a top-level name the site
 * already uses (`faq`, `404`, `errors`…) keeps its `/e/<id>/` link and gets no `/<id>/` link.
 * A unit test checks that every top-level name in src/pages and public/ is listed here.
 *
 * Pure module: no astro:* imports.
 */

/** Top-level path segments that belong to real pages, files and build output. */
export const RESERVED_SEGMENTS = [
	'404',
	'500',
	'_astro',
	'api',
	'categories',
	'decode',
	'e',
	'errors',
	'errors.json',
	'faq',
	'favicon.svg',
	'guides',
	'index',
	'og',
	'pagefind',
	'robots.txt',
	'sitemap.xml',
] as const;

const reserved = new Set<string>(RESERVED_SEGMENTS);

/** The prefix of the always-available short link (`/e/<id>/`). */
export const SHORT_PREFIX = 'e';

export interface ShortLink {
	/** Site path without base, with a trailing slash (`/e/2207026/`). */
	path: string;
	/** The entry id it leads to. */
	id: string;
}

/** Whether `/<id>/` can be a short link without colliding with the site's own pages. */
export const hasRootShortLink = (id: string): boolean => !reserved.has(id.toLowerCase());

/** Ids that get a root short link (`/<id>/`). */
export const rootShortLinkIds = (ids: readonly string[]): string[] => ids.filter(hasRootShortLink);

/** Every short link of every id: `/e/<id>/` always, `/<id>/` unless the id is reserved. */
export function shortLinks(ids: readonly string[]): ShortLink[] {
	return ids.flatMap((id) => [
		...(hasRootShortLink(id) ? [{ path: `/${id}/`, id }] : []),
		{ path: `/${SHORT_PREFIX}/${id}/`, id },
	]);
}
