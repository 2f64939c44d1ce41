/**
 * How search finds the right error first: the clean-up applied to what a visitor types or
 * pastes, the terms sent to Pagefind and the metadata each error page gives it, and the merge of
 * the decoder's answer with Pagefind's ranked results.
 *
 * Why the decoder leads: Pagefind matches every query word as a prefix and requires all of them,
 * so `2` also matches `2207026`, and a pasted log line whose timestamp no page contains matches
 * nothing. The decoder (decode.ts) reads codes, subcodes and Meta's message texts out of any
 * text, so its confident matches come first; Pagefind adds full-text results after them, and is
 * asked again with only the words that carry meaning when the whole paste finds nothing.
 * A query made only of codes is answered from the data alone: full-text search adds nothing a
 * code lookup does not, and skipping it keeps the first search small.
 *
 * Pure module (no DOM, no astro:*): the build, the browser chunk and the unit tests share it.
 */
import type { ErrorData } from './error-schema.ts';
import { decodeEntities } from './text.ts';

/** Characters Pagefind keeps inside words: `REVOKED_ACCESS_TOKEN` stays one term. */
export const PAGEFIND_INCLUDE_CHARACTERS = '_';

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

/** Message text for the `messages` metadata: placeholders dropped, one line per message. */
export const messagesMeta = (data: Pick<ErrorData, 'messages'>): string =>
	data.messages
		.map((m) =>
			m.text
				.replace(/\{[^}]*\}/g, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.join(' | ');

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

/**
 * What is sent to Pagefind for what the visitor typed. A query that is only a code, with `#`,
 * brackets, punctuation or filler words around it (`#2207026`, `subcode 2207026`, `(#190)`,
 * `error_subcode: 2207026`), becomes the bare number(s); any other query is passed on with its
 * spaces tidied, so a message phrase keeps every word.
 */
export function normalizeQuery(raw: string): string {
	return codeQuery(raw)?.join(' ') ?? raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A run of excerpt text, and whether Pagefind marked it as matching the query. */
export interface ExcerptSegment {
	text: string;
	marked: boolean;
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

// ---------------------------------------------------------------------------------------------
// Searching with the decoder and Pagefind together

/** Longest query read, as the decoder reads (a pasted body or log excerpt is a few hundred characters). */
export const MAX_QUERY_CHARS = 20_000;
/** A query with more words than this never matches as a whole in Pagefind (it requires every word). */
export const MAX_TERM_WORDS = 24;
/** How many Pagefind results are loaded and shown. */
export const MAX_PAGEFIND_RESULTS = 8;

/** Cut a query to the length search reads, never in the middle of a surrogate pair. */
export function capQuery(raw: string): string {
	const text = typeof raw === 'string' ? raw : '';
	if (text.length <= MAX_QUERY_CHARS) return text;
	const cut = text.slice(0, MAX_QUERY_CHARS);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Whether a query is only codes (`2207026`, `#190`, `code 190 subcode 463`, `400 - 2207026`). */
export const isCodeQuery = (raw: string): boolean => codeQuery(capQuery(raw)) !== null;

const FILLER_WORDS = [...FILLER].filter((w) => /^[a-z]/.test(w));

/**
 * Whether a query is only filler words and the start of one (`c`, `code`, `error sub`): what
 * is on screen while someone types `code 352 subcode 2207026` key by key. Full text is not
 * asked for it (it would load the whole index for a word on every page).
 */
export function isFillerOnly(raw: string): boolean {
	const words = tokens(capQuery(raw)).map((t) => t.toLowerCase());
	return words.length > 0 && words.every((w) => FILLER.has(w) || FILLER_WORDS.some((f) => f.startsWith(w)));
}

/** A code being typed: numbers, filler words, and the start of a filler word (`code 352 sub`). */
function codeBeingTyped(raw: string): boolean {
	const words = tokens(capQuery(raw)).map((t) => t.toLowerCase());
	return (
		words.length > 0 && words.every((w) => NUMBER.test(w) || FILLER.has(w) || FILLER_WORDS.some((f) => f.startsWith(w)))
	);
}

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

/** The decoder's fields that hold words (see decode.ts `ExtractedFields`). */
export interface MeaningFields {
	message?: string;
	error_user_title?: string;
	error_user_msg?: string;
	status?: string;
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The words of a pasted error that carry meaning: Meta's message (else the user-facing title),
 * without the `(#100)` prefix, URLs, long numbers and ids (a media id or a date in the message
 * is on no page), quotes and brackets; at most MAX_TERM_WORDS words. Empty when there is none.
 */
export function meaningTerm(fields: MeaningFields): string {
	const text = fields.message ?? fields.error_user_title ?? fields.status ?? '';
	const cleaned = text
		.normalize('NFKC')
		.replace(/^\s*\(#-?\d+\)\s*/, '')
		.replace(/\bhttps?:\/\/\S+/gi, ' ')
		.replace(/\b[\w-]*\d{5,}[\w-]*\b/g, ' ')
		.replace(/\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?/g, ' ')
		.replace(/[\p{Ps}\p{Pe}"'`“”‘’<>{}[\]|\\]+/gu, ' ');
	return wordsOf(cleaned).slice(0, MAX_TERM_WORDS).join(' ');
}

/** Shapes of input the decoder reads as plain words (a phrase typed, or a bare number). */
const PLAIN_SHAPES = new Set(['text', 'number', 'empty']);

/**
 * The terms to ask Pagefind, in order, each only if the one before found nothing: the query
 * as typed (spaces tidied; skipped when it is too long to ever match as a whole), then the
 * words that carry meaning. A structured paste (an error body, a dump, `code=… subcode=…`)
 * asks with its meaning only: its wrapper words (`error`, `message`, `type`, `code`) appear on
 * every page that shows an example body and would rank those pages instead. A query made only
 * of codes, or a code still being typed (`code 352 sub`), asks nothing (the data answers it).
 */
export function pagefindTerms(raw: string, fields: MeaningFields, shape = 'text'): string[] {
	const query = capQuery(raw);
	if (!query.trim() || codeBeingTyped(query)) return [];
	const meaning = meaningTerm(fields);
	const whole = normalizeQuery(query);
	const terms = wordsOf(whole).length <= MAX_TERM_WORDS && (PLAIN_SHAPES.has(shape) || !meaning) ? [whole] : [];
	if (meaning) terms.push(meaning);
	return [...new Set(terms.filter((t) => t.length > 0))];
}

/** How sure the decoder is (decode.ts `Strength`). */
export type MatchStrength = 'exact' | 'strong' | 'possible';

/** What the merge needs of a decoder match; `reason` or `reasons` (the first is shown). */
export interface DecodedMatchLike {
	id: string;
	strength: MatchStrength;
	reason?: string;
	reasons?: readonly string[];
}

/** What the merge needs of an `/errors.json` record. */
export interface SearchRecord {
	id: string;
	code: string;
	title: string;
	action: string;
	category: string;
	url: string;
}

/** A loaded Pagefind result (the parts of its `data()` used here). */
export interface PageResultLike {
	url: string;
	excerpt?: string;
	meta: Record<string, string | undefined>;
	/** The page's text and the positions of the words that matched (split on whitespace). */
	content?: string;
	locations?: readonly number[];
}

const bareWord = (word: string) =>
	word
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}_]+/gu, '');
const sharedPrefix = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

/**
 * Whether a Pagefind result really contains the words searched for. Pagefind answers a word it
 * does not know with similar words (`flibbertigibbet` finds `fly`), which for a paste of unknown
 * text would list unrelated pages as if they matched. A query word counts as found when a matched
 * word on the page shares its first four letters (all of a shorter word), which keeps stems and
 * plurals (`publish`, `publishing`); at least half of the query's words of three letters or more
 * must be found. A result without content or locations is kept.
 */
export function containsTerm(term: string, page: Pick<PageResultLike, 'content' | 'locations'>): boolean {
	if (page.content === undefined || page.locations === undefined) return true;
	const asked = [
		...new Set(
			term
				.split(/\s+/)
				.map(bareWord)
				.filter((w) => w.length >= 3),
		),
	];
	if (asked.length === 0) return true;
	const words = page.content.split(/\s+/);
	const matched = new Set(page.locations.map((i) => bareWord(words[i] ?? '')).filter(Boolean));
	const found = asked.filter((q) => [...matched].some((w) => sharedPrefix(q, w) >= Math.min(q.length, 4)));
	return found.length * 2 >= asked.length;
}

/** One line in the results: an error page, or another page (the FAQ). */
export interface SearchHit {
	url: string;
	title: string;
	/** The error's code; absent for pages that are not an error page. */
	code?: string;
	/** Action id (from the data) or label (from the index), with its label for display. */
	actionLabel?: string;
	tone?: string;
	/** Why the decoder matched it ("subcode 2207026 in your text"). */
	reason?: string;
	strength?: MatchStrength;
	/** Pagefind's excerpt (escaped HTML with <mark>; see excerptSegments). */
	excerpt?: string;
	from: 'decoder' | 'pagefind';
}

/**
 * The colour token of an action id. Tones are the first word of the id (`fix-input` → `fix`,
 * `owner-action` → `owner`); a unit test holds this against the taxonomy, so the search chunk
 * need not carry the whole taxonomy to colour a badge.
 */
export const actionTone = (actionId: string): string => actionId.split('-')[0] ?? actionId;

/** The page a URL is for, without its fragment and query: how results are deduplicated. */
export const pageKey = (url: string): string => url.replace(/[?#].*$/, '').replace(/\/?$/, '/');

/** The decoder's reason as a sentence about the visitor's text: "subcode 2207026 in your text". */
export function reasonText(match: DecodedMatchLike): string {
	const reason = (match.reason ?? match.reasons?.[0] ?? '').trim();
	if (!reason) return '';
	if (/^(?:sub)?code -?\d+(?: with (?:code -?\d+|type \w+))*$/i.test(reason)) return `${reason} in your text`;
	return reason;
}

/**
 * The ranked list: the decoder's confident matches (exact, then strong, in its order) first,
 * then Pagefind's results, then the decoder's possible matches; each page once, at its best
 * place. A Pagefind result for an error page the decoder also matched keeps the decoder's place
 * and reason. Decoder matches whose record is unknown are skipped.
 */
export function mergeResults(
	matches: readonly DecodedMatchLike[],
	pages: readonly PageResultLike[],
	records: ReadonlyMap<string, SearchRecord>,
	actionLabels: ReadonlyMap<string, string> = new Map(),
): SearchHit[] {
	const fromDecoder = (match: DecodedMatchLike): SearchHit | undefined => {
		const record = records.get(match.id);
		if (!record) return undefined;
		const reason = reasonText(match);
		return {
			url: record.url,
			title: record.title,
			code: record.code,
			actionLabel: actionLabels.get(record.action) ?? record.action,
			tone: actionTone(record.action),
			strength: match.strength,
			...(reason ? { reason } : {}),
			from: 'decoder',
		};
	};
	const fromPagefind = (page: PageResultLike): SearchHit => {
		const { code, title, action, tone } = page.meta;
		return {
			url: page.url,
			title: title ?? page.url,
			...(code ? { code } : {}),
			...(action ? { actionLabel: action } : {}),
			...(tone ? { tone } : {}),
			...(page.excerpt ? { excerpt: page.excerpt } : {}),
			from: 'pagefind',
		};
	};
	const confident = matches.filter((m) => m.strength !== 'possible');
	const possible = matches.filter((m) => m.strength === 'possible');
	const ordered = [...confident.map(fromDecoder), ...pages.map(fromPagefind), ...possible.map(fromDecoder)];
	const seen = new Set<string>();
	const hits: SearchHit[] = [];
	for (const hit of ordered) {
		if (!hit) continue;
		const key = pageKey(hit.url);
		if (seen.has(key)) continue;
		seen.add(key);
		hits.push(hit);
	}
	return hits;
}

/** A field the decoder read, as a label and a value to show ("subcode", "2207026"). */
export interface UnderstoodField {
	label: string;
	value: string;
}

/** What the decoder read (decode.ts `ExtractedFields`, the parts worth showing). */
export interface UnderstoodLike extends MeaningFields {
	code?: number;
	code_name?: string;
	subcode?: number;
	number?: number;
	type?: string;
	http_status?: number;
	status_code?: number;
	host?: string;
}

/** The fields the decoder read, in the order people look for them; long texts are shortened. */
export function understood(fields: UnderstoodLike): UnderstoodField[] {
	const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
	const out: UnderstoodField[] = [];
	const add = (label: string, value: unknown) => {
		if (value === undefined || value === null || value === '') return;
		out.push({ label, value: short(String(value)) });
	};
	add('code', fields.code ?? fields.code_name);
	add('subcode', fields.subcode);
	if (fields.code === undefined && fields.subcode === undefined) add('number', fields.number);
	add('type', fields.type);
	add('HTTP status', fields.http_status ?? fields.status_code);
	add('host', fields.host);
	add('message', fields.message);
	add('error_user_title', fields.error_user_title);
	add('error_user_msg', fields.error_user_msg);
	return out;
}
