/**
 * The ranked list of results: the decoder's matches (decode.ts `Match`, against `/errors.json`
 * records) merged with Pagefind's full-text results, each page once; and the checks and
 * clean-up applied to what Pagefind returns.
 *
 * Pure module (no DOM, no astro:*): the browser chunks and the unit tests share it.
 */
import type { DecodeResult, Match, Strength } from '../decode.ts';
import type { ExportedError } from '../error-export.ts';
import { decodeEntities } from '../text.ts';

/** How many Pagefind results are loaded and shown. */
export const MAX_PAGEFIND_RESULTS = 8;

/** A loaded Pagefind result: the parts of its `data()` used here (Pagefind's documented fields). */
export interface PagefindPage {
	url: string;
	excerpt?: string;
	meta: Record<string, string | undefined>;
	/** The page's text and the positions of the words that matched (split on whitespace). */
	content?: string;
	locations?: readonly number[];
}

/** One line in the results: an error page, or another page (the FAQ). */
export interface SearchHit {
	url: string;
	/** The entry id, for a decoder match. */
	id?: string;
	title: string;
	/** The error's code; absent for pages that are not an error page. */
	code?: string;
	/** The action's label, and its colour token (see actionTone). */
	actionLabel?: string;
	tone?: string;
	/** Why the decoder matched it, most important first ("subcode 2207026 in your text"). */
	reasons?: readonly string[];
	strength?: Strength;
	/** Pagefind's excerpt (escaped HTML with <mark>; see excerptSegments). */
	excerpt?: string;
	from: 'decoder' | 'pagefind';
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
export function containsTerm(term: string, page: Pick<PagefindPage, 'content' | 'locations'>): boolean {
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

/**
 * The colour token of an action id. Tones are the first word of the id (`fix-input` → `fix`,
 * `owner-action` → `owner`); a unit test holds this against the taxonomy, so the browser chunks
 * need not carry the whole taxonomy to colour a badge.
 */
export const actionTone = (actionId: string): string => actionId.split('-')[0] ?? actionId;

/** The page a URL is for, without its fragment and query: how results are deduplicated. */
export const pageKey = (url: string): string => url.replace(/[?#].*$/, '').replace(/\/?$/, '/');

/** A decoder match as a result line; undefined when its record is unknown. */
export function decoderHit(
	match: Match,
	records: ReadonlyMap<string, ExportedError>,
	actionLabels: ReadonlyMap<string, string> = new Map(),
): SearchHit | undefined {
	const record = records.get(match.id);
	if (!record) return undefined;
	return {
		url: record.url,
		id: record.id,
		title: record.title,
		code: record.code,
		actionLabel: actionLabels.get(record.action) ?? record.action,
		tone: actionTone(record.action),
		strength: match.strength,
		reasons: match.reasons,
		from: 'decoder',
	};
}

function pagefindHit(page: PagefindPage): SearchHit {
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
}

/**
 * The ranked list: the decoder's confident matches (exact, then strong, in its order) first,
 * then Pagefind's results, then the decoder's possible matches; each page once, at its best
 * place. Pages full text found with only some of the words (`loose`) come after the decoder's
 * possible matches, which at least come from Meta's texts. A Pagefind result for an error page
 * the decoder also matched keeps the decoder's place and reasons. Decoder matches whose record
 * is unknown are skipped.
 */
export function mergeResults(
	matches: readonly Match[],
	pages: readonly PagefindPage[],
	records: ReadonlyMap<string, ExportedError>,
	actionLabels: ReadonlyMap<string, string> = new Map(),
	{ loose = false }: { loose?: boolean } = {},
): SearchHit[] {
	const fromDecoder = (m: Match) => decoderHit(m, records, actionLabels);
	const confident = matches.filter((m) => m.strength !== 'possible').map(fromDecoder);
	const possible = matches.filter((m) => m.strength === 'possible').map(fromDecoder);
	const full = pages.map(pagefindHit);
	const ordered = loose ? [...confident, ...possible, ...full] : [...confident, ...full, ...possible];
	const seen = new Set<string>();
	return ordered.filter((hit): hit is SearchHit => {
		if (!hit || seen.has(pageKey(hit.url))) return false;
		seen.add(pageKey(hit.url));
		return true;
	});
}

/**
 * Whether the first hit is the decoder's answer: full text can only add results after it. The
 * decoder's verdict decides, as on /decode/: a strong match it holds back (an ads call, a subcode
 * no page describes) is a lead, not the answer.
 */
export const isAnswer = (hit: SearchHit | undefined, verdict: DecodeResult['verdict']): boolean =>
	verdict === 'match' && hit?.from === 'decoder' && hit.strength !== 'possible';
