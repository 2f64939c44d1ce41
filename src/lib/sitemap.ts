/**
 * sitemap.xml from the built pages themselves: every HTML file in the output that is not marked
 * noindex is listed at its canonical URL, with the modification date the page declares in its
 * head. Listing what was built (rather than a list kept by hand) means a page added later is in
 * the sitemap without anyone remembering to add it, and a redirect or the 404 never is.
 *
 * Pure module: the integration (src/integrations/sitemap.ts) does the file reading, and
 * src/lib/html-head.ts the reading of each page's head.
 */
import type { PageHead } from './html-head.ts';

export interface SitemapUrl {
	loc: string;
	lastmod?: string | undefined;
}

const escapeXml = (s: string) =>
	s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** The sitemap document: URLs sorted, each once. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
	const unique = new Map<string, SitemapUrl>();
	for (const url of urls) unique.set(url.loc, url);
	const body = [...unique.values()]
		.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
		.map((u) => `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ''}</url>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Sitemap entries for a set of built pages: indexable ones with a canonical URL. */
export function sitemapUrls(heads: readonly PageHead[]): SitemapUrl[] {
	return heads
		.filter((h): h is PageHead & { canonical: string } => !h.noindex && h.canonical !== undefined)
		.map((h) => ({ loc: h.canonical, lastmod: h.modified }));
}
