/**
 * The error list's filter state: parsing and writing the URL query, and matching one error
 * against the filters. Used by the `<error-filters>` element in the browser and by unit tests.
 *
 * Invariants:
 * - The query is the whole state: `?category=media-format&action=fix-input&q=video`. Facet
 *   values are taxonomy ids; a value the page does not offer is dropped, never guessed at.
 * - One value per facet (the first allowed one wins); an empty string means "any".
 * - `serializeFilters(parseFilters(s))` is canonical: facets in FACET_KEYS order, then `q`.
 *
 * It is bundled into the filter script, so it imports no runtime code beyond text.ts: the
 * taxonomy (labels, summaries, sources) would more than double that script's size.
 */
import type { ErrorData } from './error-schema.ts';
import { countOf } from './format.ts';
import { normalizeText } from './text.ts';

export { normalizeText };

/** Facets, in display and query order. Each is a frontmatter field, a row `data-*` attribute and a query key. */
export const FACET_KEYS = ['category', 'action', 'stage', 'retry'] as const satisfies readonly (keyof ErrorData)[];
export type FacetKey = (typeof FACET_KEYS)[number];

/** The query key of the text filter (the header's search form submits the same name). */
const TEXT_KEY = 'q';

/** Longest text filter kept from a URL; anything beyond is cut (a link is not a paste box). */
export const MAX_TEXT = 200;

export type Filters = { readonly [K in FacetKey]: string } & { readonly q: string };

/** One error as the filters see it: its facet ids and its searchable text (code, title, messages). */
export type FilterRow = { readonly [K in FacetKey]: string } & { readonly text: string };

/** Facet values the page offers, per facet; a facet that is absent is not offered at all. */
export type AllowedValues = Partial<Record<FacetKey, readonly string[]>>;

export const NO_FILTERS: Filters = { category: '', action: '', stage: '', retry: '', q: '' };

/**
 * The words of a text filter. Brackets, quotes, `#` and trailing punctuation around a word are
 * dropped so that `(#352)` or `"2207026",` find the code; `-` and `_` are kept (code -2, REVOKED_ACCESS_TOKEN).
 */
export function textTerms(q: string): string[] {
	return normalizeText(q)
		.split(' ')
		.map((word) => word.replace(/^[()[\]{}"'#.,:;!?]+|[()[\]{}"'#.,:;!?]+$/g, ''))
		.filter((word) => word.length > 0);
}

/** Read filters from a query string (`?a=b`, `a=b`) or URLSearchParams. */
export function parseFilters(query: string | URLSearchParams, allowed: AllowedValues): Filters {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const pick = (key: FacetKey): string => {
		const offered = allowed[key];
		if (!offered) return '';
		const values = params.getAll(key).flatMap((v) => v.split(','));
		return values.map((v) => v.trim()).find((v) => v !== '' && offered.includes(v)) ?? '';
	};
	const q = (params.get(TEXT_KEY) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
	return { category: pick('category'), action: pick('action'), stage: pick('stage'), retry: pick('retry'), q };
}

/** The canonical query for these filters: `''` when none is set, else `?key=value&…`. */
export function serializeFilters(filters: Filters): string {
	const params = new URLSearchParams();
	for (const key of FACET_KEYS) if (filters[key]) params.set(key, filters[key]);
	const q = filters.q.trim();
	if (q) params.set(TEXT_KEY, q);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Whether any filter is set. */
export const hasFilters = (filters: Filters): boolean =>
	FACET_KEYS.some((key) => filters[key] !== '') || filters.q.trim() !== '';

/**
 * Whether a row passes the filters: every set facet equals the row's id, and every word of the
 * text filter occurs in the row's text. `row.text` must already be normalised (normalizeText).
 */
export function matchesFilters(row: FilterRow, filters: Filters): boolean {
	for (const key of FACET_KEYS) {
		if (filters[key] !== '' && row[key] !== filters[key]) return false;
	}
	return termsOf(filters.q).every((term) => row.text.includes(term));
}

// Recounting runs matchesFilters once per row and option with the same text: split it once.
let lastText = '';
let lastTerms: string[] = [];
function termsOf(q: string): string[] {
	if (q !== lastText) {
		lastText = q;
		lastTerms = textTerms(q);
	}
	return lastTerms;
}

/** What the live region says about the result. */
export function resultStatus(shown: number, total: number): string {
	if (shown === 0) return 'No errors match these filters.';
	if (shown === total) return `Showing all ${countOf(total, 'error')}.`;
	return `Showing ${shown} of ${countOf(total, 'error')}.`;
}
