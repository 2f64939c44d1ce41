/**
 * Text helpers shared by the whole project: one normaliser for comparing what people type or
 * paste with what entries say, and one HTML entity decoder and escaper.
 *
 * Pure module with no imports: it is bundled into browser scripts.
 */

/** The typographic single and double quotes word processors, chat apps and forums put in place of `'` and `"`. */
export const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u2032\u02bc]/g;
export const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** Lower case, NFKC, straight quotes, single spaces, trimmed: the comparable form of any text. */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(CURLY_SINGLE, "'")
		.replace(CURLY_DOUBLE, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Words so common in error messages that they say nothing about which error it is: left out when
 * the words of a message are weighed, by the decoder and by full-text search.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
	'the and for with this that are was were has have had been not you your our its from into than then there their they them please try again can could should would will may might which what when where who how all any but per one more most such only also use used using error errors failed fail code type message exception'.split(
		' ',
	),
);

/** The `(#100) ` Meta puts before a Graph `message`, with the code as its group. */
export const CODE_PREFIX = /^\s*\(#(-?\d+)\)\s*/;

/**
 * The comparable form of a message text: normalizeText without the `(#code)` prefix and without
 * trailing punctuation. Entries are checked for clashing texts, and pastes matched, in this form.
 */
export function normalizeMessage(text: string): string {
	return normalizeText(text.replace(CODE_PREFIX, '')).replace(/[\s.!]+$/, '');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML serializer writes: the named basics and numeric references. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? whole;
		const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

const ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * Items joined for a sentence: "a", "a and b", "a, b and c". Works on plain text and on HTML
 * alike (escape the items first). Templates that write such a list element by element leave a
 * space before each comma and full stop, because the line breaks between inline elements are kept.
 */
export function listJoin(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
	if (items.length < 2) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
