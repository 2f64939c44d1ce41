/**
 * What a visitor typed or pasted, turned into what search asks: the text handed to the decoder,
 * and the terms sent to Pagefind, if any.
 *
 * Why the decoder leads: Pagefind matches every query word as a prefix and requires all of them,
 * so `2` also matches `2207026`, and a pasted log line whose timestamp no page contains matches
 * nothing. The decoder (decode.ts) reads codes, subcodes and Meta's message texts out of any
 * text, so a query made only of codes is answered from the data alone, and Pagefind is asked
 * with the words that carry meaning when the whole paste finds nothing.
 *
 * Pure module (no DOM, no astro:*).
 */
import { CODE_PREFIX, COMMON_WORDS } from '../text.ts';
import type { DecodeResult, ExtractedFields } from '../decode.ts';

/** Longest query read, as the decoder reads (a pasted body or log excerpt is a few hundred characters). */
export const MAX_QUERY_CHARS = 20_000;
/** A query with more words than this never matches as a whole in Pagefind (it requires every word). */
export const MAX_TERM_WORDS = 24;

/** Words people put around a code that are not part of it ("error code 190", "subcode: 2207026"). */
const FILLER = new Set([
	'error',
	'errors',
	'code',
	'codes',
	'subcode',
	'sub-code',
	'error_code',
	'error_subcode',
	'err',
	'no',
	'number',
	'-',
	'/',
]);
const FILLER_WORDS = [...FILLER].filter((w) => /^[a-z]/.test(w));
const NUMBER = /^-?\d+$/;

function tokens(query: string): string[] {
	return query
		.normalize('NFKC')
		.split(/[\s:=,;/]+/)
		.map((t) => t.replace(/^["'`([{#]+|["'`)\]}.!?]+$/g, '').replace(/^#/, ''))
		.filter((t) => t.length > 0);
}

/** The numbers of a query that is only a code: `#2207026`, `subcode 2207026`, `(#352) 2207026`. */
function codeQuery(raw: string): string[] | null {
	const kept = tokens(raw).filter((t) => !FILLER.has(t.toLowerCase()));
	return kept.length > 0 && kept.every((t) => NUMBER.test(t)) ? kept : null;
}

/** Cut a query to the length search reads, never in the middle of a surrogate pair. */
export function capQuery(raw: string): string {
	const text = typeof raw === 'string' ? raw : '';
	if (text.length <= MAX_QUERY_CHARS) return text;
	const cut = text.slice(0, MAX_QUERY_CHARS);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
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

/** Whether a query is only codes (`2207026`, `#190`, `code 190 subcode 463`, `400 - 2207026`). */
export const isCodeQuery = (raw: string): boolean => codeQuery(capQuery(raw)) !== null;

/** Whether every word of a query is a filler word, the start of one, or (with `numbers`) a number. */
function onlyFiller(raw: string, numbers: boolean): boolean {
	const words = tokens(capQuery(raw)).map((t) => t.toLowerCase());
	const filler = (w: string) => FILLER.has(w) || FILLER_WORDS.some((f) => f.startsWith(w));
	return words.length > 0 && words.every((w) => filler(w) || (numbers && NUMBER.test(w)));
}

/**
 * Whether a query is only filler words and the start of one (`c`, `code`, `error sub`): what
 * is on screen while someone types `code 352 subcode 2207026` key by key. Full text is not
 * asked for it (it would load the whole index for a word on every page).
 */
export const isFillerOnly = (raw: string): boolean => onlyFiller(raw, false);

/**
 * The text handed to the decoder. Two bare numbers (`100/33`, `190, 463`, `code 100 33`) are the
 * code and the subcode, in the order people write them; the decoder reads that pair only when it
 * is spelled out, so it is spelled out here. Any other query goes as it is.
 */
export function decoderQuery(raw: string): string {
	const query = capQuery(raw);
	const numbers = codeQuery(query);
	if (numbers?.length !== 2 || /subcode/i.test(query)) return query;
	return `code ${numbers[0]} subcode ${numbers[1]}`;
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The words of a pasted error that carry meaning: Meta's message (else the user-facing title,
 * else the container status), without the `(#100)` prefix, URLs, long numbers and ids (a media
 * id or a date in the message is on no page), quotes and brackets; at most MAX_TERM_WORDS
 * words. Empty when there is none.
 */
export function meaningTerm(fields: Pick<ExtractedFields, 'message' | 'error_user_title' | 'status'>): string {
	const text = fields.message ?? fields.error_user_title ?? fields.status ?? '';
	const cleaned = text
		.normalize('NFKC')
		.replace(CODE_PREFIX, '')
		.replace(/\bhttps?:\/\/\S+/gi, ' ')
		.replace(/\b[\w-]*\d{5,}[\w-]*\b/g, ' ')
		.replace(/\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?/g, ' ')
		.replace(/[\p{Ps}\p{Pe}"'`“”‘’<>{}[\]|\\]+/gu, ' ');
	return wordsOf(cleaned).slice(0, MAX_TERM_WORDS).join(' ');
}

/** Most words full text looks for one by one (anyOfWords). */
export const MAX_ANY_WORDS = 8;

/**
 * The words full text looks for one at a time when no page has every word of a message (Pagefind
 * requires them all): the message's words of four letters or more that are not common in error
 * messages, not numbers, each once, in order, at most MAX_ANY_WORDS. Pages that hold at least half
 * of them are the results (a typed message worded a little differently from any page still finds
 * the page that explains it).
 */
export function anyOfWords(term: string): string[] {
	const words = term
		.normalize('NFKC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}_'-]+/u)
		.map((w) => w.replace(/^['-]+|['-]+$/g, ''))
		.filter((w) => w.length >= 4 && !/^\d+$/.test(w) && !COMMON_WORDS.has(w));
	return [...new Set(words)].slice(0, MAX_ANY_WORDS);
}

/** Shapes of input the decoder reads as plain words (a phrase typed, or a bare number). */
const PLAIN_SHAPES = new Set<DecodeResult['shape']>(['text', 'number', 'empty']);

/**
 * The terms to ask Pagefind, in order, each only if the one before found nothing: the query
 * as typed (spaces tidied; skipped when it is too long to ever match as a whole), then the
 * words that carry meaning. A structured paste (an error body, a dump, `code=… subcode=…`)
 * asks with its meaning only: its wrapper words (`error`, `message`, `type`, `code`) appear on
 * every page that shows an example body and would rank those pages instead. A query made only
 * of codes, or a code still being typed (`code 352 sub`), asks nothing (the data answers it).
 */
export function pagefindTerms(raw: string, decoded: Pick<DecodeResult, 'fields' | 'shape'>): string[] {
	const query = capQuery(raw);
	if (!query.trim() || onlyFiller(query, true)) return [];
	const meaning = meaningTerm(decoded.fields);
	const whole = normalizeQuery(query);
	const asWhole = wordsOf(whole).length <= MAX_TERM_WORDS && (PLAIN_SHAPES.has(decoded.shape) || !meaning);
	const terms = asWhole ? [whole] : [];
	if (meaning) terms.push(meaning);
	return [...new Set(terms.filter((t) => t.length > 0))];
}
