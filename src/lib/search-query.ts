/**
 * How search finds the right error first: the keys each error page is indexed under, the
 * clean-up applied to what a visitor types, and the merge of exact key matches with Pagefind's
 * ranked results.
 *
 * Why exact keys: Pagefind matches every query word as a prefix, so `2` also matches `2207026`
 * and a short code cannot win on ranking alone. Each error page therefore carries its exact keys
 * (code, subcodes, code-only Graph codes, fixed message texts) as values of one Pagefind filter;
 * a query that equals a key finds that page by filter, and it is listed before the ranked results.
 *
 * Pure module (no DOM, no astro:*): the build, the browser chunk and the unit tests share it.
 */
import type { ErrorData } from './error-schema.ts';
import { normalizeMessage } from './validate.ts';

/** Characters Pagefind keeps inside words: `REVOKED_ACCESS_TOKEN` stays one term. */
export const PAGEFIND_INCLUDE_CHARACTERS = '_';

/** Pagefind filters on every error page (values are taxonomy labels), with their names in the dialog. */
export const SEARCH_FILTERS = { category: 'Category', action: 'Action', stage: 'Stage', retry: 'Retry' } as const;
export type SearchFilter = keyof typeof SEARCH_FILTERS;
/** The filters the search dialog offers, in order. */
export const DIALOG_FILTERS: readonly SearchFilter[] = ['category', 'action'];

/** The Pagefind filter that holds each error page's exact keys (never shown as a filter control). */
export const KEY_FILTER = 'key';

/**
 * Search-time weights of the metadata fields (Pagefind `ranking.metaWeights`). A query that covers
 * the code, or a message Meta sends, lifts that page; action and colour are display-only.
 */
export const META_WEIGHTS: Readonly<Record<string, number>> = {
	code: 10,
	messages: 6,
	title: 3,
	action: 0,
	tone: 0,
};

/** The comparable form of a key or a query: as Meta's message texts are compared (see validate.ts). */
export const toKey = (text: string): string => normalizeMessage(text);

/**
 * Every exact key an error page is found under: its code, each subcode, each Graph code that
 * leads to it without a subcode, and each message text without placeholders.
 */
export function entryKeys(data: Pick<ErrorData, 'code' | 'graph' | 'messages'>): string[] {
	const keys = [toKey(data.code)];
	for (const key of data.graph) {
		if (key.subcode !== undefined) keys.push(String(key.subcode));
		else if (key.code !== undefined && key.through === undefined) keys.push(String(key.code));
	}
	for (const message of data.messages) {
		if (!message.text.includes('{')) keys.push(toKey(message.text));
	}
	return [...new Set(keys.filter((k) => k.length > 0))];
}

/** Message text for the `messages` metadata: placeholders dropped, one line per message. */
export const messagesMeta = (data: Pick<ErrorData, 'messages'>): string =>
	data.messages.map((m) => m.text.replace(/\{[^}]*\}/g, ' ').replace(/\s+/g, ' ').trim()).join(' | ');

/** Words people put around a code that are not part of it ("error code 190", "subcode: 2207026"). */
const FILLER = new Set(['error', 'errors', 'code', 'codes', 'subcode', 'sub-code', 'error_code', 'error_subcode', 'err', 'no', 'number']);
const NUMBER = /^-?\d+$/;

function tokens(query: string): string[] {
	return query
		.normalize('NFKC')
		.split(/[\s:=,;]+/)
		.map((t) => t.replace(/^["'`([{#]+|["'`)\]}.!?]+$/g, '').replace(/^#/, ''))
		.filter((t) => t.length > 0);
}

/** The numbers of a query that is only a code: `#2207026`, `subcode 2207026`, `(#352) 2207026`. */
function codeQuery(raw: string): string[] | null {
	const kept = tokens(raw).filter((t) => !FILLER.has(t.toLowerCase()));
	return kept.length > 0 && kept.every((t) => NUMBER.test(t)) ? kept : null;
}

/**
 * What is sent to Pagefind for what the visitor typed. A query that is only a code, with `#`,
 * brackets, punctuation or filler words around it (`#2207026`, `subcode 2207026`, `(#190)`,
 * `error_subcode: 2207026`), becomes the bare number(s); any other query is passed on with its
 * spaces tidied, so a message phrase keeps every word.
 */
export function normalizeQuery(raw: string): string {
	return codeQuery(raw)?.join(' ') ?? raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * Keys to try, best first: the query as a whole (a code or a full message text), then, for a
 * code query, each of its numbers, longest first (a subcode before its Graph code).
 */
export function exactKeys(raw: string): string[] {
	const numbers = [...(codeQuery(raw) ?? [])].sort((a, b) => b.length - a.length);
	return [...new Set([toKey(raw), toKey(normalizeQuery(raw)), ...numbers].filter((k) => k.length > 0))];
}

/** The parts of Pagefind's search API this module uses. */
export interface SearchResultLike {
	id: string;
}
export interface SearchResponseLike<R extends SearchResultLike = SearchResultLike> {
	results: R[];
	unfilteredResultCount?: number;
	[key: string]: unknown;
}
export type FilterSelection = Record<string, unknown>;
export interface SearchOptionsLike {
	filters?: FilterSelection;
	[key: string]: unknown;
}
export type SearchFn<R extends SearchResultLike> = (
	term: string | null,
	options?: SearchOptionsLike,
) => Promise<SearchResponseLike<R> | null>;

/**
 * Wraps Pagefind's `search`: the term is normalised, and pages whose exact key equals the query
 * (within any filters already chosen) are put first, ahead of the ranked results, without
 * duplicates. An empty or null term is passed through unchanged.
 */
export function withExactKeys<R extends SearchResultLike>(search: SearchFn<R>): SearchFn<R> {
	return async (term, options = {}) => {
		if (term === null || term.trim() === '') return search(term, options);
		const ranked = search(normalizeQuery(term), options);
		let exact: R[] = [];
		for (const key of exactKeys(term)) {
			const found = await search(null, { ...options, filters: { ...options.filters, [KEY_FILTER]: key } });
			if (found && found.results.length > 0) {
				exact = found.results;
				break;
			}
		}
		const response = await ranked;
		if (!response || exact.length === 0) return response;
		const first = new Set(exact.map((r) => r.id));
		const results = [...exact, ...response.results.filter((r) => !first.has(r.id))];
		return { ...response, results, unfilteredResultCount: Math.max(response.unfilteredResultCount ?? 0, results.length) };
	};
}

/** The term and filters a search box shows now. */
export interface CurrentSearch {
	term: string;
	filters?: FilterSelection | null;
}

/**
 * Wraps a search so a call made for an older term answers for the current one instead. Pagefind's
 * Component UI (1.5) numbers each search only after its bundle has loaded, and a search that
 * waited for the bundle can be numbered after one typed later, while the index was loading: its
 * results would then be shown for the newer term, and the newer term's dropped. Answering every
 * call for the current term makes the order irrelevant. A call made after the box was cleared
 * answers nothing (null), which the Component UI ignores.
 */
export function forCurrentTerm<R extends SearchResultLike>(search: SearchFn<R>, current: () => CurrentSearch): SearchFn<R> {
	return (term, options = {}) => {
		const now = current();
		if (term === null || term === now.term) return search(term, options);
		if (now.term.trim() === '') return Promise.resolve(null);
		const filters = now.filters ?? options.filters;
		return search(now.term, filters ? { ...options, filters } : options);
	};
}

/** A run of excerpt text, and whether Pagefind marked it as matching the query. */
export interface ExcerptSegment {
	text: string;
	marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? whole;
		const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/**
 * Pagefind's excerpt is escaped HTML whose only tags are <mark> around matches. It is split into
 * plain-text segments here, so the page can build it with text nodes and never parse HTML: any
 * other markup (there should be none) stays visible as text.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	let marked = false;
	for (const part of excerpt.split(/(<\/?mark>)/)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part) segments.push({ text: decodeEntities(part), marked });
	}
	return segments;
}
