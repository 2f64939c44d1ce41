/**
 * Reading what a built page says about itself in its <head> (title, canonical URL, robots,
 * declared date), and the HTML escaping used when writing pages outside Astro's renderer.
 * The build integrations use it on the output; nothing here touches the file system.
 *
 * Pure module: no astro:* imports.
 */

export interface PageHead {
	/** The `<title>` text, entities decoded. */
	title: string | undefined;
	/** `<link rel="canonical">`, absolute. */
	canonical: string | undefined;
	/** Not for search engines: `<meta name="robots">` says noindex, or the page is a meta-refresh redirect. */
	noindex: boolean;
	/** `article:modified_time` or `og:updated_time`, as written (YYYY-MM-DD). */
	modified: string | undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities an HTML serializer writes: named basics and numeric references. */
export const decodeEntities = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
		if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
		return ENTITIES[e.toLowerCase()] ?? whole;
	});

/** Escapes text for HTML content and double-quoted attribute values. */
export const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The attributes of one tag: lower-cased names, decoded values. */
function attributes(tag: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
		out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return out;
}

/** Reads a page's `<head>`; tags after `</head>` are ignored. */
export function readHead(html: string): PageHead {
	const end = html.search(/<\/head>/i);
	const head = end === -1 ? html : html.slice(0, end);
	let canonical: string | undefined;
	let noindex = false;
	let modified: string | undefined;
	for (const [tag] of head.matchAll(/<(?:link|meta)\b[^>]*>/gi)) {
		const a = attributes(tag);
		if (tag.toLowerCase().startsWith('<link') && a.get('rel') === 'canonical') canonical = a.get('href');
		if (a.get('name')?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(a.get('content') ?? '')) noindex = true;
		// A redirect page is never indexable, whatever its robots tag says.
		if (a.get('http-equiv')?.toLowerCase() === 'refresh') noindex = true;
		const property = a.get('property');
		if (property === 'article:modified_time' || property === 'og:updated_time') modified = a.get('content');
	}
	const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1];
	return { title: title === undefined ? undefined : decodeEntities(title).trim(), canonical, noindex, modified };
}
