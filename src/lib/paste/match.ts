/**
 * Ranking: extracted fields against the entries of the reference, best first, each match with
 * the reasons a person can check.
 *
 * The order is the one of the key kinds (taxonomy.ts KEY_KINDS), which follows Meta's rule that a
 * subcode is unique while a code is not:
 *   1. the subcode (with its code, when the pair agrees);
 *   2. Meta's known message texts, `{placeholders}` as wildcards, in a message field or anywhere
 *      in the pasted text; then the same texts with a few words changed, cut short or starting
 *      mid-sentence (align.ts), confident only when one entry alone fits and its code agrees;
 *   3. the Graph code (with its type; ranges such as 200-299); a code shared by several entries
 *      (100, 1, 4, 190) only points at its generic page, and a subcode or message match ranks
 *      above it: the generic page is the answer only when no message of that code matched;
 *   4. aliases: wordings of the same error seen in publishing tools and SDKs; an alias of an entry
 *      whose messages arrive with the paste's code is code and message, and ranks above the code;
 *      an alias cut short or a few words apart ranks below one that is there word for word;
 *   5. words of the message, offered as possibilities, never as the answer.
 * `error_user_title` and `error_user_msg` arrive in the user's language, so steps 1 and 3 never
 * depend on them.
 *
 * When nothing matches for certain, `familyOf` names the nearest family page, worked out from
 * the entries themselves: the code's generic page, else the category the code's entries share,
 * else the category the HTTP status or the message's words point to.
 */
import { COMMON_WORDS, normalizeMessage } from '../text.ts';
import { align, tokensOf, withoutCut, type Alignment } from './align.ts';
import {
	MAX_MATCHES,
	type DecodableEntry,
	type ExtractedFields,
	type Family,
	type Match,
	type MatchedBy,
	type Strength,
} from './types.ts';

/** Comparable text (validate.ts, the form entries are checked for clashes in). Applied to both sides. */
const comparable = normalizeMessage;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface KnownText {
	entry: DecodableEntry;
	text: string;
	norm: string;
	/** Present when the text has `{placeholders}`. */
	exact?: RegExp;
	/** The text (or pattern) found inside a longer text, on word boundaries: "parameter" is not in "parameters". */
	contains: RegExp;
	/** The text's pieces between `{placeholders}`. */
	parts: string[];
	/** Characters that are not placeholders: how specific the text is. */
	weight: number;
	/** A tool's or SDK's wording of the error, not Meta's. */
	alias: boolean;
	/** For aliases: where the wording was seen. */
	seen?: string;
	/** Words for near matches (align.ts). */
	tokens: string[];
}

interface Index {
	texts: KnownText[];
	aliases: KnownText[];
	claimedSubcodes: Set<number>;
	/** The Graph codes each entry arrives with: its code pairs' codes and its messages' codes. */
	codes: Map<DecodableEntry, Set<number>>;
	/** For near matches: how many entries' texts have each word. */
	textWords: Map<string, number>;
	words: Map<DecodableEntry, Set<string>>;
	/** Words found in too many entries to tell them apart. */
	common: Set<string>;
	/** Words per category, for naming the nearest family. */
	categoryWords: Map<string, Set<string>>;
}

const wordsOf = (text: string, limit = 80) =>
	new Set((comparable(text).match(/[a-z][a-z'-]{2,}/g) ?? []).slice(0, limit).filter((w) => !COMMON_WORDS.has(w)));

function known(entry: DecodableEntry, text: string, alias?: { seen?: string }): KnownText | undefined {
	const norm = comparable(text);
	if (!norm) return undefined;
	const parts = norm.split(/\{[^}]*\}/);
	// A placeholder stands for an id, a date, a URL or a number: bounded, so a pattern cannot
	// stretch across a whole log.
	const body = parts.map(escapeRe).join('.{1,200}?');
	const start = /^[a-z0-9]/.test(norm) ? '(?<![a-z0-9])' : '';
	const end = /[a-z0-9]$/.test(norm) ? '(?![a-z0-9])' : '';
	const k: KnownText = {
		entry,
		text,
		norm,
		alias: alias !== undefined,
		parts,
		weight: parts.join('').trim().length,
		contains: new RegExp(start + body + end),
		tokens: tokensOf(norm),
	};
	if (alias?.seen) k.seen = alias.seen;
	if (parts.length > 1) k.exact = new RegExp(`^${body}$`);
	return k;
}

const indexes = new WeakMap<readonly DecodableEntry[], Index>();

function indexOf(entries: readonly DecodableEntry[]): Index {
	const cached = indexes.get(entries);
	if (cached) return cached;
	const texts: KnownText[] = [];
	const aliases: KnownText[] = [];
	const claimedSubcodes = new Set<number>();
	const codes = new Map<DecodableEntry, Set<number>>();
	const words = new Map<DecodableEntry, Set<string>>();
	const categoryWords = new Map<string, Set<string>>();
	const df = new Map<string, number>();
	for (const entry of entries) {
		for (const key of entry.graph) if (key.subcode !== undefined) claimedSubcodes.add(key.subcode);
		codes.set(
			entry,
			new Set([
				...entry.graph.flatMap((k) => (k.code === undefined ? [] : [k.code])),
				...entry.messages.flatMap((m) => (m.code === undefined ? [] : [m.code])),
			]),
		);
		for (const m of entry.messages) {
			const k = known(entry, m.text);
			if (k) texts.push(k);
		}
		for (const a of entry.aliases ?? []) {
			const k = known(entry, a.text, a);
			if (k) aliases.push(k);
		}
		const w = wordsOf(
			[entry.title ?? '', ...entry.messages.map((m) => m.text), ...(entry.aliases ?? []).map((a) => a.text)].join(' '),
			400,
		);
		words.set(entry, w);
		for (const word of w) df.set(word, (df.get(word) ?? 0) + 1);
		if (entry.category) {
			const own = categoryWords.get(entry.category) ?? new Set<string>();
			for (const word of w) own.add(word);
			categoryWords.set(entry.category, own);
		}
	}
	const limit = Math.max(2, Math.ceil(entries.length / 4));
	const common = new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
	const textWords = new Map<string, number>();
	for (const entry of entries) {
		const own = new Set(texts.filter((k) => k.entry === entry).flatMap((k) => k.tokens));
		for (const t of own) textWords.set(t, (textWords.get(t) ?? 0) + 1);
	}
	const index = { texts, aliases, claimedSubcodes, codes, textWords, words, common, categoryWords };
	indexes.set(entries, index);
	return index;
}

/**
 * Scores order the candidates; strength says how sure the match is. A known text outranks the
 * code because a code is shared by many errors while each text belongs to one entry.
 */
const SCORE = {
	subcode: 100,
	textIs: 95,
	patternIs: 92,
	textContains: 88,
	patternContains: 86,
	aliasWithCode: 85,
	textInPaste: 84,
	patternInPaste: 83,
	nearText: 82,
	cutText: 81,
	/** Taken from a near text that fits less well than the best one, so it ranks below it, cut or not. */
	behindBestFit: 2,
	code: 80,
	codeAgrees: 4,
	aliasIs: 78,
	aliasContains: 75,
	nearAlias: 74,
	typeAgrees: 4,
	subcodeGivenAsCode: 70,
	codeInRange: 65,
	codeWithUnknownSubcode: 40,
	codeOfSubcodeEntry: 35,
	wordsMax: 30,
} as const;

/** Where an alias was seen, as reasons give it. */
const seenIn = (k: KnownText) => (k.seen ? ` (seen in ${k.seen})` : '');
const quote = (text: string) => `'${text.length > 90 ? `${text.slice(0, 87)}…` : text}'`;
const rangeOf = (key: { code?: number; through?: number }) => `${key.code}-${key.through}`;
const inKey = (key: { code?: number; through?: number }, code: number) =>
	key.code !== undefined && code >= key.code && code <= (key.through ?? key.code);

class Scores {
	private byId = new Map<string, Match>();
	add(entry: DecodableEntry, score: number, strength: Strength, reason: string, by: MatchedBy) {
		const m = this.byId.get(entry.id);
		if (!m) {
			this.byId.set(entry.id, { id: entry.id, score, strength, by, reasons: [reason] });
			return;
		}
		if (m.reasons.includes(reason)) return;
		if (score > m.score) {
			m.reasons.unshift(reason);
			m.score = score + Math.min(6, (m.reasons.length - 1) * 2);
			m.strength = strength;
			m.by = by;
		} else {
			m.reasons.push(reason);
			m.score += 2;
		}
	}
	/** The strongest strength so far. */
	best(): Strength | undefined {
		const all = [...this.byId.values()].map((m) => m.strength);
		return all.includes('exact') ? 'exact' : all.includes('strong') ? 'strong' : all[0];
	}
	has(id: string) {
		return this.byId.has(id);
	}
	ranked(): Match[] {
		return [...this.byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, MAX_MATCHES);
	}
}

/** The message-like fields of the input, each with the words used in reasons. */
function haystacks(f: ExtractedFields): [string, string][] {
	const out: [string, string][] = [];
	if (f.code_name) out.push(['code', f.code_name]);
	if (f.message) out.push(['message', f.message]);
	if (f.error_user_title) out.push(['error_user_title', f.error_user_title]);
	if (f.error_user_msg) out.push(['error_user_msg', f.error_user_msg]);
	if (f.status) out.push(['status', f.status]);
	return out;
}

const MAX_HAYSTACK = 4_000;

/** Rank the entries against extracted fields. */
export function match(fields: ExtractedFields, entries: readonly DecodableEntry[]): Match[] {
	const index = indexOf(entries);
	const scores = new Scores();
	const subcode = fields.subcode;
	const code = fields.code;
	const number = fields.number;
	const subcodeKnown = subcode !== undefined && index.claimedSubcodes.has(subcode);
	const where = ' in your text';

	for (const entry of entries) {
		// 1. subcode: unique by Meta's rule, whatever code came with it
		const bySubcode = entry.graph.filter(
			(k) => k.subcode !== undefined && (k.subcode === subcode || k.subcode === number),
		);
		if (bySubcode.length > 0) {
			const withCode = code !== undefined && bySubcode.some((k) => k.code === code) ? ` with code ${code}` : '';
			scores.add(entry, SCORE.subcode, 'exact', `subcode ${bySubcode[0]?.subcode}${withCode}${where}`, 'subcode');
		}
		for (const key of entry.graph) {
			// 3. the Graph code
			const c = code ?? number;
			if (c === undefined || key.code === undefined || !inKey(key, c)) continue;
			const typed = fields.type && entry.type && fields.type === entry.type ? ` with type ${fields.type}` : '';
			const bonus = typed ? SCORE.typeAgrees : 0;
			if (key.subcode === undefined) {
				if (subcode === undefined) {
					if (key.through === undefined)
						scores.add(entry, SCORE.code + bonus, 'exact', `code ${c}${typed}${where}`, 'code');
					else
						scores.add(
							entry,
							SCORE.codeInRange + bonus,
							'strong',
							`code ${c}${where} is in ${rangeOf(key)}${typed}`,
							'code',
						);
				} else if (!subcodeKnown) {
					scores.add(
						entry,
						SCORE.codeWithUnknownSubcode,
						'possible',
						`code ${c}${typed}${where}; subcode ${subcode} is not in this reference`,
						'code',
					);
				}
			} else if (
				subcode === undefined &&
				key.subcode !== number &&
				!entry.graph.some((k) => k.subcode === undefined && inKey(k, c))
			) {
				scores.add(
					entry,
					SCORE.codeOfSubcodeEntry,
					'possible',
					`code ${c}${where}, which Meta sends with subcode ${key.subcode}`,
					'code',
				);
			}
		}
		// a subcode written where a code belongs ("error code 2207026")
		// (only Instagram's seven-digit subcodes are trusted this way; a small number is more likely a code)
		if (code !== undefined && subcode === undefined && entry.graph.some((k) => k.subcode === code)) {
			const long = code >= 1_000_000;
			scores.add(
				entry,
				long ? SCORE.subcodeGivenAsCode : SCORE.wordsMax,
				long ? 'strong' : 'possible',
				`${code} in your text is the subcode of this error`,
				'subcode',
			);
		}
	}

	// 2. known message texts, in a message field
	const matchedByText = new Set<string>();
	for (const [field, text] of haystacks(fields)) {
		const norm = comparable(text).slice(0, MAX_HAYSTACK);
		if (!norm) continue;
		for (const k of index.texts) {
			const literal = !k.exact;
			const is = literal ? norm === k.norm : k.exact?.test(norm);
			if (!is && !(k.weight >= 12 && k.contains.test(norm))) continue;
			matchedByText.add(k.entry.id);
			if (is) {
				scores.add(k.entry, literal ? SCORE.textIs : SCORE.patternIs, 'exact', `${field} is ${quote(k.text)}`, 'text');
			} else {
				scores.add(
					k.entry,
					literal ? SCORE.textContains : SCORE.patternContains,
					'strong',
					`${field} contains ${quote(k.text)}`,
					'text',
				);
			}
		}
	}
	nearTexts(fields, index, matchedByText, scores);
	cutShort(fields, index, matchedByText, scores);
	// ... or anywhere in the paste (a log line, a client's message around Meta's sentence)
	const whole = fields.text ? comparable(fields.text).slice(0, MAX_HAYSTACK) : '';
	if (whole) {
		for (const k of index.texts) {
			if (matchedByText.has(k.entry.id) || k.weight < 12) continue;
			if (k.contains.test(whole)) {
				scores.add(
					k.entry,
					k.exact ? SCORE.patternInPaste : SCORE.textInPaste,
					'strong',
					`your text contains ${quote(k.text)}`,
					'text',
				);
				matchedByText.add(k.entry.id);
			}
		}
	}

	// 4. aliases: a tool's or SDK's wording of the error
	const messages = haystacks(fields).map(([, t]) => comparable(t).slice(0, MAX_HAYSTACK));
	for (const k of index.aliases) {
		if (matchedByText.has(k.entry.id)) continue;
		const seen = seenIn(k);
		const withCode = code !== undefined && k.entry.messages.some((m) => m.code === code);
		if (messages.some((m) => (k.exact ? k.exact.test(m) : m === k.norm))) {
			scores.add(
				k.entry,
				withCode ? SCORE.aliasWithCode : SCORE.aliasIs,
				'strong',
				`message is a known wording of this error${seen}: ${quote(k.text)}`,
				'alias',
			);
		} else if (k.weight >= 10 && k.contains.test(whole)) {
			scores.add(
				k.entry,
				withCode ? SCORE.aliasWithCode : SCORE.aliasContains,
				'strong',
				`your text contains a known wording of this error${seen}: ${quote(k.text)}`,
				'alias',
			);
		}
	}

	// 5. words of the message: possibilities only, and only when nothing better was found
	if (scores.best() !== 'possible' && scores.best() !== undefined) return scores.ranked();
	const asked = askedWords(fields, index);
	if (asked.size > 0) {
		const byWords: { entry: DecodableEntry; shared: string[]; score: number }[] = [];
		for (const entry of entries) {
			if (scores.has(entry.id)) continue;
			const own = index.words.get(entry) ?? new Set<string>();
			const shared = [...asked].filter((w) => own.has(w));
			if (shared.length < 2) continue;
			const ratio = shared.length / Math.max(3, Math.min(asked.size, own.size));
			if (ratio < 0.34) continue;
			byWords.push({ entry, shared, score: Math.round(SCORE.wordsMax * (0.35 + 0.65 * Math.min(1, ratio))) });
		}
		byWords
			.sort((a, b) => b.score - a.score)
			.slice(0, 3)
			.forEach(({ entry, shared, score }) =>
				scores.add(entry, score, 'possible', `words in common: ${shared.slice(0, 5).join(', ')}`, 'words'),
			);
	}
	return scores.ranked();
}

/**
 * Step 2, continued: Meta's texts (and, ranked as step 4, the aliases) a few words apart from the
 * message, cut short or starting mid-sentence (align.ts).
 * Confident only when one entry alone fits best and its code, where the paste gives one, agrees,
 * and no other entry's text is in the message word for word (`matched`): a text that is there
 * beats one that nearly is, so then every near fit is a possibility, ranked below it.
 */
function nearTexts(fields: ExtractedFields, index: Index, matched: Set<string>, scores: Scores) {
	const exactElsewhere = matched.size > 0;
	const found = new Map<DecodableEntry, { k: KnownText; a: Alignment; field: string }>();
	// How well a text fits: its words found, less twice the words changed.
	const fit = (a: Alignment) => a.matched - 2 * a.cost;
	// A word in the texts of one or two entries is what tells them apart: missing it costs double.
	const rare = (t: string) => ((index.textWords.get(t) ?? 0) <= 2 ? 2 : 1);
	const candidates = [...index.texts, ...index.aliases];
	for (const [field, raw] of haystacks(fields)) {
		const norm = comparable(withoutCut(raw));
		const p = tokensOf(norm);
		// A piece from the middle of a text, cut at both ends (a log column that starts mid-sentence):
		// long enough to say which text it is from, its last word left out as it may be cut.
		const piece = p.length >= 7 ? norm.replace(/\s*\S+$/, '') : '';
		for (const k of candidates) {
			if (matched.has(k.entry.id)) continue;
			const inside = piece.length >= 40 && k.parts.some((part) => part.includes(piece));
			// (found inside without its last word, unless aligning the whole message, last word included, fits better)
			const aligned = align(p, k.tokens, true, rare);
			const a =
				inside && (!aligned || fit(aligned) < p.length - 1)
					? { kind: 'cut' as const, matched: p.length - 1, cost: 0 }
					: aligned;
			if (!a) continue;
			// (Meta's text for a page, once it fits, is kept over a tool's wording that fits better:
			// the aliases come after the texts)
			const before = found.get(k.entry);
			if (!before || (fit(a) > fit(before.a) && k.alias === before.k.alias)) found.set(k.entry, { k, a, field });
		}
	}
	const ranked = [...found.values()].sort((x, y) => fit(y.a) - fit(x.a));
	const [first, second] = ranked;
	const alone = first !== undefined && (!second || fit(first.a) >= fit(second.a) + 2);
	const code = fields.code;
	for (const { k, a, field } of ranked) {
		const codes = index.codes.get(k.entry) ?? new Set<number>();
		const agrees = code !== undefined && codes.has(code);
		const conflicts = code !== undefined && codes.size > 0 && !agrees;
		const sure = k === first?.k && alone && !conflicts && !a.swapped && !exactElsewhere;
		const how = a.kind === 'cut' ? 'begins like' : a.kind === 'tail' ? 'ends like' : 'reads almost like';
		const base = k.alias ? SCORE.nearAlias : a.kind === 'full' ? SCORE.nearText : SCORE.cutText;
		scores.add(
			k.entry,
			base +
				(agrees && !exactElsewhere ? SCORE.codeAgrees : 0) -
				(first && fit(a) < fit(first.a) ? SCORE.behindBestFit : 0),
			sure ? 'strong' : 'possible',
			`${field} ${how} ${k.alias ? `a known wording of this error${seenIn(k)}: ` : ''}${quote(k.text)}${agrees ? `, with code ${code}` : ''}`,
			k.alias ? 'alias' : 'text',
		);
		// (a tool's wording nearly there does not stop Meta's own text being found in the paste)
		if (!k.alias) matched.add(k.entry.id);
	}
}

/**
 * Step 2, continued: a message cut after its first words ("(#100) Tried", "(#10) The user is not an"),
 * too short for a near match. When the paste ends there and those words begin texts of pages keyed
 * by this code and a message, the code's generic page is not the answer (it is only for the code's
 * messages that have no page of their own): those pages come first, as possibilities.
 */
function cutShort(fields: ExtractedFields, index: Index, matched: Set<string>, scores: Scores) {
	const { code, message, text } = fields;
	if (code === undefined || !message || matched.size > 0) return;
	// (a message that ends its sentence was not cut: "Unsupported post request." is a text of its own)
	if (/[.!?]["')\]]*\s*$/.test(message) && !/(?:\.{3}|…)["')\]]*\s*$/.test(message)) return;
	const p = tokensOf(comparable(withoutCut(message)));
	const last = p.at(-1);
	if (!last || last === '#' || tokensOf(comparable(withoutCut(text ?? message))).at(-1) !== last) return;
	const begins = (k: KnownText) =>
		k.tokens.length > p.length &&
		p.every((t, i) => t === k.tokens[i] || (i === p.length - 1 && t.length >= 2 && k.tokens[i]!.startsWith(t)));
	// (only where the code has a generic page: a page that the code alone names, such as 551, stays the answer)
	const ofCode = index.texts.filter((k) => index.codes.get(k.entry)?.has(code));
	if (!ofCode.some((k) => k.entry.key?.kind === 'code')) return;
	const found = ofCode.filter(begins);
	if (!found.some((k) => k.entry.key?.kind !== 'code')) return;
	for (const k of found) {
		if (matched.has(k.entry.id)) continue;
		scores.add(
			k.entry,
			SCORE.cutText + SCORE.codeAgrees,
			'possible',
			`message ${quote(message)} may be the start of ${quote(k.text)}, with code ${code}`,
			'text',
		);
		matched.add(k.entry.id);
	}
}

function askedWords(fields: ExtractedFields, index: Index): Set<string> {
	const asked = new Set<string>();
	for (const [, text] of haystacks(fields)) for (const w of wordsOf(text)) if (!index.common.has(w)) asked.add(w);
	return asked;
}

/** HTTP statuses that say which family an error belongs to, whatever the entries are. */
const HTTP_FAMILY: Record<number, string> = { 401: 'authentication', 403: 'permissions', 429: 'rate-limiting' };

/**
 * The nearest family page for a paste with no certain match, or undefined when nothing points
 * anywhere. Worked out from the entries, so a new generic page (a code 100 page, say) is used
 * as soon as it exists.
 */
export function familyOf(fields: ExtractedFields, entries: readonly DecodableEntry[]): Family | undefined {
	const index = indexOf(entries);
	const c = fields.code ?? fields.number;
	if (c !== undefined) {
		const generic = entries.find((e) => e.graph.some((k) => k.subcode === undefined && inKey(k, c)));
		if (generic) return { kind: 'entry', id: generic.id, reason: `code ${c}` };
		const sharing = entries.filter((e) => e.category && e.graph.some((k) => inKey(k, c)));
		const top = topOf(sharing.map((e) => e.category as string));
		if (top && top.count * 3 >= sharing.length * 2) {
			return { kind: 'category', id: top.value, reason: `code ${c}: most errors with this code are in this category` };
		}
	}
	const categories = new Set(entries.map((e) => e.category).filter(Boolean));
	const http = fields.http;
	if (http !== undefined) {
		const byStatus = HTTP_FAMILY[http] ?? (http >= 500 ? 'server' : undefined);
		if (byStatus && categories.has(byStatus)) return { kind: 'category', id: byStatus, reason: `HTTP status ${http}` };
	}
	// The category whose entries share the most distinctive words with the message.
	// Only words that belong to one or two categories count: "instagram", "media" or "published"
	// say nothing about the family.
	const spread = new Map<string, number>();
	for (const own of index.categoryWords.values()) for (const w of own) spread.set(w, (spread.get(w) ?? 0) + 1);
	const asked = [...askedWords(fields, index)].filter((w) => (spread.get(w) ?? 0) <= 2);
	if (asked.length === 0) return undefined;
	const votes = [...index.categoryWords]
		.map(([id, own]) => ({ id, shared: asked.filter((w) => own.has(w)) }))
		.sort((a, b) => b.shared.length - a.shared.length);
	const [first, second] = votes;
	if (first && first.shared.length >= 3 && first.shared.length >= (second?.shared.length ?? 0) + 2) {
		return { kind: 'category', id: first.id, reason: `words in common: ${first.shared.slice(0, 4).join(', ')}` };
	}
	return undefined;
}

function topOf(values: string[]): { value: string; count: number } | undefined {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best: { value: string; count: number } | undefined;
	for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
	return best;
}
