/**
 * Short links: `/<id>/` and `/e/<id>/` lead to `/errors/<id>/` for every entry id. The site is
 * static, so each is a small redirect page (meta refresh, canonical link, a visible link, noindex).
 * They are written after the build by src/integrations/short-links.ts, one pair per built error
 * page: at thousands of entries, going through Astro's renderer would cost a third of the build.
 *
 * Invariant: a short link never shadows a real page. An id equal to a top-level name the site
 * already uses (`faq`, `404`, `errors`…) keeps its `/e/<id>/` link and gets no `/<id>/` link.
 * A unit test checks that every top-level name in src/pages and public/ is listed here.
 *
 * Pure module: no astro:* imports.
 */
import { escapeHtml } from './html-head.ts';

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

/**
 * The HTML of a redirect page. `from` and `to` are hrefs as served (with the base), `canonical` the
 * target's absolute URL, `label` what the target is ("2207026: Unsupported video format").
 */
export function redirectPage({ from, to, canonical, label }: { from: string; to: string; canonical: string; label: string }): string {
	const [f, t, c, l] = [from, to, canonical, label].map(escapeHtml);
	return (
		'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
		'<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">' +
		`<title>Redirecting ${f} to ${l}</title>` +
		`<meta name="description" content="Short link ${f}: it redirects to the page for ${l}.">` +
		`<meta name="robots" content="noindex"><link rel="canonical" href="${c}">` +
		`<meta http-equiv="refresh" content="0; url=${t}"></head>` +
		`<body><p>This short link leads to <a href="${t}">${l}</a>.</p></body></html>\n`
	);
}
