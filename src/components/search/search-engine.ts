/**
 * The search both the header dialog and /search/ run: the decoder over `/errors.json` for what
 * was typed or pasted, then Pagefind's full text, merged by lib/search/merge.ts. The data comes
 * first: when the decoder answers with confidence, or the query is only codes, that answer is
 * shown before Pagefind is even loaded, and full text only adds results after it.
 */
import { decode, type DecodeResult } from '../../lib/decode.ts';
import {
	containsTerm,
	isAnswer,
	MAX_PAGEFIND_RESULTS,
	mergeResults,
	type PagefindPage,
	type SearchHit,
} from '../../lib/search/merge.ts';
import { anyOfWords, capQuery, decoderQuery, pagefindTerms } from '../../lib/search/query.ts';
import {
	loadPagefind,
	loadReference,
	type Pagefind,
	type PagefindResult,
	type Reference,
} from '../answer/answer-client.ts';

export interface SearchOutcome {
	query: string;
	ref: Reference;
	decoded: DecodeResult;
	hits: SearchHit[];
	/** The first hit is the decoder's confident answer: what full text adds comes after it. */
	answered: boolean;
	/** False while Pagefind results may still be added (see `onProgress`). */
	complete: boolean;
	/** The Pagefind term that found the full-text results, when it was not the query itself. */
	retriedWith?: string;
	/** The full-text results are pages with most of these words, each looked for alone (anyOfWords). */
	anyOf?: string[];
	/** Full-text search could not load (offline, blocked): the decoder's answer stands alone. */
	fullTextFailed?: boolean;
}

/**
 * Pages holding at least half of `words`, each word looked for alone: most words first, then
 * Pagefind's scores added up. Pagefind requires every word of a term, so a message worded a little
 * differently from every page finds nothing as a whole; its words one by one still find its page.
 */
async function anyOf(pf: Pagefind, words: readonly string[]): Promise<PagefindPage[]> {
	const responses = await Promise.all(words.map((word) => pf.search(word)));
	const hits = new Map<string, { count: number; score: number; result: PagefindResult }>();
	for (const response of responses) {
		for (const result of response?.results ?? []) {
			const hit = hits.get(result.id);
			if (hit) {
				hit.count += 1;
				hit.score += result.score;
			} else hits.set(result.id, { count: 1, score: result.score, result });
		}
	}
	const best = [...hits.values()]
		.filter((hit) => hit.count * 2 >= words.length)
		.sort((a, b) => b.count - a.count || b.score - a.score)
		.slice(0, MAX_PAGEFIND_RESULTS);
	return Promise.all(best.map((hit) => hit.result.data()));
}

/**
 * Pagefind's results for the first term that finds any (each term only if the one before found
 * nothing), with the term; when none does, the pages with most of the last term's words. Null
 * when Pagefind's debounce dropped this search for a newer one.
 */
async function fullText(
	pf: Pagefind,
	terms: readonly string[],
): Promise<{ pages: PagefindPage[]; term?: string; anyOf?: string[] } | null> {
	for (const [i, term] of terms.entries()) {
		// The first term goes through Pagefind's debounce: a newer keystroke answers null here.
		const response = i === 0 ? await pf.debouncedSearch(term, {}, 120) : await pf.search(term);
		if (response === null) return null;
		const loaded = await Promise.all(response.results.slice(0, MAX_PAGEFIND_RESULTS).map((r) => r.data()));
		const pages = loaded.filter((page) => containsTerm(term, page));
		if (pages.length > 0) return { pages, term };
	}
	const words = anyOfWords(terms.at(-1) ?? '');
	if (words.length < 2) return { pages: [] };
	const pages = await anyOf(pf, words);
	return pages.length > 0 ? { pages, anyOf: words } : { pages: [] };
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
	const terms = pagefindTerms(query, decoded);
	const merge = (pages: readonly PagefindPage[] = [], loose = false) =>
		mergeResults(decoded.matches, pages, ref.byId, ref.labels.actions, { loose });
	const hits = merge();
	const first: SearchOutcome = {
		query,
		ref,
		decoded,
		hits,
		answered: isAnswer(hits[0], decoded.verdict),
		complete: terms.length === 0,
	};
	onProgress?.(first);
	if (first.complete) return first;
	try {
		const found = await fullText(await loadPagefind(), terms);
		if (found === null) return null;
		const retried = found.term !== undefined && found.term !== terms[0] ? { retriedWith: found.term } : {};
		const any = found.anyOf ? { anyOf: found.anyOf } : {};
		return { ...first, hits: merge(found.pages, found.anyOf !== undefined), complete: true, ...retried, ...any };
	} catch {
		return { ...first, complete: true, fullTextFailed: true };
	}
}
