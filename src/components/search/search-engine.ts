/**
 * The search both the header dialog and /search/ run: the decoder over `/errors.json` for what
 * was typed or pasted, and Pagefind's plain JavaScript API for full text, merged by
 * lib/search-query.ts. Each is loaded once, on first use: `/errors.json` for any query, Pagefind
 * only for a query with words (a query made only of codes is answered by the data alone, which
 * keeps a first code search to a few small files).
 */
import { decode, type DecodableEntry, type DecodeResult } from '../../lib/decode.ts';
import { withBase } from '../../lib/paths.ts';
import {
	capQuery,
	containsTerm,
	decoderQuery,
	MAX_PAGEFIND_RESULTS,
	mergeResults,
	META_WEIGHTS,
	pagefindTerms,
	type PageResultLike,
	type SearchHit,
	type SearchRecord,
} from '../../lib/search-query.ts';

type ExportRecord = SearchRecord & DecodableEntry;
interface ExportFile {
	version: number;
	taxonomy?: { actions?: { id: string; label: string }[] };
	errors: ExportRecord[];
}

/** The parts of Pagefind's `pagefind.js` used here (its documented API). */
interface PagefindResult {
	id: string;
	data(): Promise<PageResultLike>;
}
interface PagefindResponse {
	results: PagefindResult[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
	debouncedSearch(
		term: string,
		options?: Record<string, unknown>,
		timeoutMs?: number,
	): Promise<PagefindResponse | null>;
}

export interface Reference {
	entries: ExportRecord[];
	records: Map<string, ExportRecord>;
	actionLabels: Map<string, string>;
}

let reference: Promise<Reference> | undefined;
let pagefind: Promise<Pagefind> | undefined;

/** `/errors.json`, fetched once. A failed fetch is forgotten so the next query tries again. */
export function loadReference(): Promise<Reference> {
	reference ??= fetch(withBase('/errors.json'))
		.then((response) => {
			if (!response.ok) throw new Error(`errors.json: HTTP ${response.status}`);
			return response.json() as Promise<ExportFile>;
		})
		.then((data) => {
			if (!Array.isArray(data?.errors)) throw new Error('Unexpected /errors.json');
			return {
				entries: data.errors,
				records: new Map(data.errors.map((e) => [e.id, e])),
				actionLabels: new Map((data.taxonomy?.actions ?? []).map((a) => [a.id, a.label])),
			};
		})
		.catch((error: unknown) => {
			reference = undefined;
			throw error;
		});
	return reference;
}

/** Pagefind's bundle, imported and initialised once (the URL is only known at run time, under the base path). */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')) as Promise<Pagefind>)
		.then(async (pf) => {
			await pf.options({
				baseUrl: import.meta.env.BASE_URL,
				excerptLength: 18,
				ranking: { metaWeights: META_WEIGHTS },
			});
			await pf.init();
			return pf;
		})
		.catch((error: unknown) => {
			pagefind = undefined;
			throw error;
		});
	return pagefind;
}

export interface SearchOutcome {
	query: string;
	decoded: DecodeResult;
	hits: SearchHit[];
	/** False while Pagefind results may still be added (see `onProgress`). */
	complete: boolean;
	/** The Pagefind term that found the full-text results, when it was not the query itself. */
	retriedWith?: string;
	/** Full-text search could not load (offline, blocked): the decoder's answer stands alone. */
	fullTextFailed?: boolean;
}

/**
 * Searches for `raw`. `onProgress` first receives the decoder's answer (as soon as the data is
 * in), then the merged list once Pagefind has answered. Resolves with the final outcome, or
 * null when Pagefind's debounce dropped this search for a newer one.
 */
export async function runSearch(
	raw: string,
	onProgress?: (outcome: SearchOutcome) => void,
): Promise<SearchOutcome | null> {
	const query = capQuery(raw);
	const ref = await loadReference();
	const decoded = decode(decoderQuery(query), ref.entries);
	const terms = pagefindTerms(query, decoded.fields, decoded.shape);
	const merge = (pages: PageResultLike[] = []) => mergeResults(decoded.matches, pages, ref.records, ref.actionLabels);
	const first: SearchOutcome = { query, decoded, hits: merge(), complete: terms.length === 0 };
	onProgress?.(first);
	if (first.complete) return first;
	try {
		const pf = await loadPagefind();
		for (const [i, term] of terms.entries()) {
			// The first term goes through Pagefind's debounce: a newer keystroke answers null here.
			const response = i === 0 ? await pf.debouncedSearch(term, {}, 120) : await pf.search(term);
			if (response === null) return null;
			if (response.results.length === 0) continue;
			const loaded = await Promise.all(response.results.slice(0, MAX_PAGEFIND_RESULTS).map((r) => r.data()));
			const pages = loaded.filter((page) => containsTerm(term, page));
			if (pages.length === 0) continue;
			return { ...first, hits: merge(pages), complete: true, ...(i > 0 ? { retriedWith: term } : {}) };
		}
		return { ...first, complete: true };
	} catch {
		return { ...first, complete: true, fullTextFailed: true };
	}
}
