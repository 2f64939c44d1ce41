/**
 * What search shows around its results, the same in the header dialog and on /search/: the
 * status line, and the note above the list (what was read from a pasted error, or the
 * no-match answer). The result lines themselves come from answer-view.ts.
 */
import { isFillerOnly } from '../../lib/search/query.ts';
import { noMatch, readList } from '../answer/answer-view.ts';
import type { SearchOutcome } from './search-engine.ts';

/** A query as quoted in a sentence: one line, at most 60 characters. */
const quoted = (query: string) => {
	const line = query.replace(/\s+/g, ' ').trim();
	return `“${line.length > 60 ? `${line.slice(0, 59)}…` : line}”`;
};

const results = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

/** The status line for an outcome: how many results, for what, and whether more are coming. */
export function statusText(outcome: SearchOutcome): string {
	const n = outcome.hits.length;
	const failed = outcome.fullTextFailed;
	if (n === 0 && isFillerOnly(outcome.query)) return 'Type the code, a message, or paste the whole error.';
	if (!outcome.complete) return n > 0 ? `${results(n)} so far for ${quoted(outcome.query)}…` : 'Searching…';
	if (n === 0) return `No results for ${quoted(outcome.query)}${failed ? ' (full-text search could not load)' : ''}.`;
	const retried = failed
		? ' (full-text search could not load; these come from codes and messages only)'
		: outcome.anyOf
			? ' (no page has every word; these pages have most of them)'
			: outcome.retriedWith
				? ` (full text searched for ${quoted(outcome.retriedWith)})`
				: '';
	return `${results(n)} for ${quoted(outcome.query)}${retried}.`;
}

/**
 * The note above the results: the no-match answer once search is complete with nothing found;
 * else, for a pasted error (not a bare number or a phrase), what was read from it; else nothing.
 */
export function noteFor(outcome: SearchOutcome): HTMLElement | null {
	const { decoded, query } = outcome;
	if (outcome.complete && outcome.hits.length === 0 && !isFillerOnly(query))
		return noMatch(outcome.ref, decoded, 'search', query);
	return decoded.shape === 'number' || decoded.shape === 'text' ? null : readList(decoded.fields);
}
