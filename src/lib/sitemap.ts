/**
 * sitemap.xml from the built pages themselves: every HTML file in the output that is not marked
 * noindex is listed at its canonical URL, with the modification date the page declares in its
 * head. Listing what was built (rather than a list kept by hand) means a page added later is in
 * the sitemap without anyone remembering to add it, and a redirect or the 404 never is.
 *
 * Pure module: the integration (src/integrations/sitemap.ts) does the file reading.
 */

export interface PageHead {
	/** `<link rel="canonical">`, absolute. */
	canonical: string | undefined;
	/** `<meta name="robots">` contains noindex. */
	noindex: boolean;
	/** `article:modified_time` or `og:updated_time`, as written (YYYY-MM-DD). */
	modified: string | undefined;
}

export interface SitemapUrl {
	loc: string;
	lastmod?: string | undefined;
}

/** The attributes of one tag, lower-cased names; values unquoted. */
function attributes(tag: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
		out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
	}
	return out;
}

/** Reads what the sitemap needs from a page's `<head>`. */
export function readHead(html: string): PageHead {
	const end = html.search(/<\/head>/i);
	const head = end === -1 ? html : html.slice(0, end);
	let canonical: string | undefined;
	let noindex = false;
	let modified: string | undefined;
	for (const [tag] of head.matchAll(/<(?:link|meta)\b[^>]*>/gi)) {
		const a = attributes(tag);
		if (tag.toLowerCase().startsWith('<link') && a.get('rel') === 'canonical') canonical = a.get('href');
		const name = a.get('name')?.toLowerCase();
		if (name === 'robots' && /\bnoindex\b/i.test(a.get('content') ?? '')) noindex = true;
		// A redirect page is never indexable, whatever its robots tag says.
		if (a.get('http-equiv')?.toLowerCase() === 'refresh') noindex = true;
		const property = a.get('property');
		if (property === 'article:modified_time' || property === 'og:updated_time') modified = a.get('content');
	}
	return { canonical, noindex, modified };
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
