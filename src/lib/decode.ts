/**
 * The decoder's core: pasted text in, extracted fields and ranked matches with reasons out.
 *
 * Input is anything a developer has at hand: a Graph API error body, the inner error object,
 * a log line with JSON inside, a Python or JavaScript repr, `code=… subcode=…` fragments, the
 * container status text, a bare number or the message sentence. Everything is treated as
 * text: nothing is evaluated, input over MAX_INPUT_CHARS is cut, and every loop and regex is
 * bounded so a megabyte of garbage returns at once.
 *
 * Matching follows Meta's own rule that a subcode is unique while a code is not:
 *   1. subcode exact;
 *   2. known message texts (case and spacing ignored, `(#code)` prefix ignored, `{placeholders}`
 *      as wildcards);
 *   3. the Graph code (with its type; ranges such as 200-299); code-only keys count only when
 *      the pasted subcode is not claimed by another entry;
 *   4. words of the message, offered as possibilities, never as the answer.
 * `error_user_title` and `error_user_msg` arrive in the user's language, so steps 1 and 3 never
 * depend on them.
 *
 * Pure module: no DOM, no astro:* imports. The page and the unit tests both call `decode()`
 * with the records of `/errors.json` (see error-export.ts).
 */
import { normalizeMessage } from './validate.ts';

/** Longer input is cut to this many characters before reading (an error body is a few hundred). */
export const MAX_INPUT_CHARS = 20_000;
/** At most this many candidates are returned. */
export const MAX_MATCHES = 8;
/** Longest text kept for one extracted field. */
const MAX_FIELD_CHARS = 1_000;

/** What the decoder needs of an entry: a structural subset of an `/errors.json` record. */
export interface DecodableEntry {
	id: string;
	title?: string;
	type?: string | null;
	graph: readonly { code?: number; through?: number; subcode?: number }[];
	messages: readonly { text: string; field?: string }[];
}

/** How the input was read. */
export type InputShape =
	'empty' | 'error-body' | 'error-object' | 'embedded-json' | 'repr' | 'fields' | 'status' | 'number' | 'text';

/** Plain-words names of the shapes, for the page. */
export const SHAPE_LABELS: Record<InputShape, string> = {
	empty: 'nothing to read',
	'error-body': 'a Graph API error body',
	'error-object': 'a Graph API error object',
	'embedded-json': 'an error object inside other text',
	repr: 'a Python or JavaScript representation of an error',
	fields: 'code and subcode fragments',
	status: 'a container status text',
	number: 'a bare code or subcode',
	text: 'a message sentence',
};

export interface ExtractedFields {
	code?: number;
	/** A `code` that is a name rather than a number ("REVOKED_ACCESS_TOKEN", from other APIs and wrappers). */
	code_name?: string;
	subcode?: number;
	/** A number given on its own: it may be a code or a subcode. */
	number?: number;
	type?: string;
	message?: string;
	error_user_title?: string;
	error_user_msg?: string;
	fbtrace_id?: string;
	is_transient?: boolean;
	/** The container status text ("Media upload has failed with error code 2207026"). */
	status?: string;
}

/** `exact`: the pasted error is this entry. `strong`: almost surely. `possible`: worth a look, not an answer. */
export type Strength = 'exact' | 'strong' | 'possible';

export interface Match {
	id: string;
	strength: Strength;
	score: number;
	/** Why it matched, most important first ("subcode 2207026"). */
	reasons: string[];
}

export interface DecodeResult {
	shape: InputShape;
	fields: ExtractedFields;
	/** Length of the input as given. */
	length: number;
	/** True when the input was longer than MAX_INPUT_CHARS and only its start was read. */
	truncated: boolean;
	/** Ranked, best first. */
	matches: Match[];
	/**
	 * `match`: matches[0] is the answer. `possible`: only weak candidates, no answer.
	 * `none`: nothing matched. `empty`: there was nothing to read.
	 */
	verdict: 'match' | 'possible' | 'none' | 'empty';
}

// ---------------------------------------------------------------------------------------------
// Input preparation

/** Control characters (binary garbage) other than tab and newlines, and the replacement character. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]+/g;

/** Cut the input to the limit and blank out control characters. */
export function prepareInput(raw: string): { text: string; length: number; truncated: boolean } {
	const input = typeof raw === 'string' ? raw : '';
	const truncated = input.length > MAX_INPUT_CHARS;
	const text = (truncated ? input.slice(0, MAX_INPUT_CHARS) : input).replace(CONTROL, ' ');
	return { text, length: input.length, truncated };
}

// ---------------------------------------------------------------------------------------------
// A lenient parser for JSON, Python reprs and JavaScript object literals

const MAX_DEPTH = 40;
const MAX_OBJECT_STARTS = 40;

interface Parsed {
	value: unknown;
	end: number;
	/** True when the text needed more than JSON (single quotes, True/None, bare keys, `=>`). */
	relaxed: boolean;
}

const LITERALS: Record<string, unknown> = {
	true: true,
	false: false,
	null: null,
	True: true,
	False: false,
	None: null,
	undefined: null,
	nil: null,
};

class ParseError extends Error {}

/** Parse one value starting at `start`; throws ParseError on anything it cannot read. */
function parseAt(s: string, start: number): Parsed {
	let i = start;
	let relaxed = false;
	const fail = (): never => {
		throw new ParseError();
	};
	const ws = () => {
		while (i < s.length && /\s/.test(s[i] ?? '')) i++;
	};
	const string = (): string => {
		const quote = s[i];
		if (quote !== '"' && quote !== "'") fail();
		if (quote === "'") relaxed = true;
		i++;
		let out = '';
		while (i < s.length) {
			const ch = s[i++] ?? '';
			if (ch === quote) return out;
			if (ch === '\\') {
				const esc = s[i++] ?? '';
				if (esc === 'n') out += '\n';
				else if (esc === 't') out += '\t';
				else if (esc === 'r') out += '\r';
				else if (esc === 'b' || esc === 'f') out += ' ';
				else if (esc === 'u' || esc === 'x') {
					const len = esc === 'u' ? 4 : 2;
					const hex = s.slice(i, i + len);
					if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) fail();
					out += String.fromCharCode(parseInt(hex, 16));
					i += len;
				} else out += esc;
			} else out += ch;
		}
		return fail();
	};
	const word = (): string => {
		const m = /^[A-Za-z_$][\w$]*/.exec(s.slice(i, i + 64));
		if (!m) return fail();
		i += m[0].length;
		return m[0];
	};
	const value = (depth: number): unknown => {
		if (depth > MAX_DEPTH) fail();
		ws();
		const ch = s[i];
		if (ch === '{') return object(depth);
		if (ch === '[') return array(depth);
		if (ch === '"' || ch === "'") return string();
		const num = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 40));
		if (num) {
			i += num[0].length;
			return Number(num[0]);
		}
		const w = word();
		// Python's u'…' and b'…' prefixes
		if ((w === 'u' || w === 'b') && (s[i] === "'" || s[i] === '"')) {
			relaxed = true;
			return string();
		}
		if (w !== 'true' && w !== 'false' && w !== 'null') relaxed = true;
		// Unknown names ([Object], [Array] in Node's inspect) are kept as text rather than failing.
		return Object.hasOwn(LITERALS, w) ? LITERALS[w] : w;
	};
	const array = (depth: number): unknown[] => {
		i++;
		const out: unknown[] = [];
		for (;;) {
			ws();
			if (s[i] === ']') {
				i++;
				return out;
			}
			out.push(value(depth + 1));
			ws();
			if (s[i] === ',') i++;
			else if (s[i] !== ']') fail();
		}
	};
	const object = (depth: number): Record<string, unknown> => {
		i++;
		const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
		for (;;) {
			ws();
			if (s[i] === '}') {
				i++;
				return out;
			}
			let key: string;
			if (s[i] === '"' || s[i] === "'") key = string();
			else {
				relaxed = true;
				const num = /^-?\d+/.exec(s.slice(i, i + 20));
				if (num) {
					key = num[0];
					i += num[0].length;
				} else {
					key = word();
					if ((key === 'u' || key === 'b') && (s[i] === "'" || s[i] === '"')) key = string();
				}
			}
			ws();
			if (s[i] === ':') i++;
			else if (s.startsWith('=>', i)) {
				relaxed = true;
				i += 2;
			} else if (s[i] === '=') {
				relaxed = true;
				i++;
			} else fail();
			out[key] = value(depth + 1);
			ws();
			if (s[i] === ',') i++;
			else if (s[i] !== '}') fail();
		}
	};
	const parsed = value(0);
	return { value: parsed, end: i, relaxed };
}

/** Every object literal that parses, left to right, up to a fixed number of attempts. */
function findObjects(text: string): { parsed: Parsed; start: number }[] {
	const found: { parsed: Parsed; start: number }[] = [];
	let from = 0;
	for (let attempts = 0; attempts < MAX_OBJECT_STARTS; attempts++) {
		const start = text.indexOf('{', from);
		if (start < 0) break;
		try {
			const parsed = parseAt(text, start);
			found.push({ parsed, start });
			from = parsed.end;
		} catch (e) {
			if (!(e instanceof ParseError)) throw e;
			from = start + 1;
		}
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Reading fields

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const ERROR_KEYS = ['code', 'error_code', 'error_subcode', 'subcode'];
const DETAIL_KEYS = ['message', 'type', 'fbtrace_id', 'error_subcode', 'error_user_msg', 'error_user_title'];
const looksLikeError = (o: Obj) => ERROR_KEYS.some((k) => k in o) && DETAIL_KEYS.some((k) => k in o);
const looksLikeWrappedError = (o: Obj) => isObj(o['error']) && ['message', ...ERROR_KEYS].some((k) => k in (o['error'] as Obj));

/** Depth-first search for the Graph error object, following JSON held in string values too. */
function findErrorObject(
	value: unknown,
	budget = { nodes: 2_000 },
	depth = 0,
): { error: Obj; wrapped: boolean; relaxed: boolean } | undefined {
	if (depth > 12 || budget.nodes-- <= 0) return undefined;
	if (isObj(value)) {
		if (looksLikeWrappedError(value)) return { error: value['error'] as Obj, wrapped: true, relaxed: false };
		if (looksLikeError(value)) return { error: value, wrapped: false, relaxed: false };
	}
	const children = isObj(value) ? Object.values(value) : Array.isArray(value) ? value : [];
	for (const child of children) {
		if (typeof child === 'string' && child.includes('{') && /code|message/.test(child)) {
			for (const { parsed } of findObjects(child.slice(0, MAX_INPUT_CHARS))) {
				const inner = findErrorObject(parsed.value, budget, depth + 1);
				if (inner) return { ...inner, relaxed: inner.relaxed || parsed.relaxed };
			}
		} else if (typeof child === 'object' && child !== null) {
			const inner = findErrorObject(child, budget, depth + 1);
			if (inner) return inner;
		}
	}
	return undefined;
}

const cap = (s: string) => (s.length > MAX_FIELD_CHARS ? `${s.slice(0, MAX_FIELD_CHARS)}…` : s);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function asInt(v: unknown): number | undefined {
	if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
	if (typeof v === 'string' && /^\s*-?\d{1,12}\s*$/.test(v)) return Number(v);
	return undefined;
}
function asText(v: unknown): string | undefined {
	if (typeof v !== 'string') return undefined;
	const t = collapse(v);
	return t ? cap(t) : undefined;
}
function asBool(v: unknown): boolean | undefined {
	if (typeof v === 'boolean') return v;
	if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
	return undefined;
}

function fieldsOf(o: Obj): ExtractedFields {
	const f: ExtractedFields = {};
	const code = asInt(o['code'] ?? o['error_code']);
	const subcode = asInt(o['error_subcode'] ?? o['subcode'] ?? o['error_sub_code']);
	const type = asText(o['type']);
	const message = asText(o['message'] ?? o['error_msg'] ?? o['error_message']);
	const title = asText(o['error_user_title']);
	const userMsg = asText(o['error_user_msg']);
	const trace = asText(o['fbtrace_id']);
	const transient = asBool(o['is_transient']);
	if (code !== undefined) f.code = code;
	else {
		const name = asText(o['code'] ?? o['error_code']);
		if (name && /^[A-Za-z][\w.-]{0,80}$/.test(name)) f.code_name = name;
	}
	if (subcode !== undefined) f.subcode = subcode;
	if (type) f.type = type;
	if (message) f.message = message;
	if (title) f.error_user_title = title;
	if (userMsg) f.error_user_msg = userMsg;
	if (trace) f.fbtrace_id = trace;
	if (transient !== undefined) f.is_transient = transient;
	return f;
}

const STATUS = /media upload has failed with error code\s*(\d{1,12})/i;
const STATUS_ALL = new RegExp(STATUS.source, 'gi');
/** The `(#code)` Meta puts in front of a message, possibly after a type ("OAuthException: (#10) …"). */
const HASH_CODE = /^[^(]{0,60}\(#(-?\d{1,9})\)/;

/** A quoted value after `key:` or `key=`, in double or single quotes, escapes allowed, bounded. */
function quotedAfter(text: string, key: string): string | undefined {
	const re = new RegExp(
		`(?<![\\w])${key}["']?\\s*(?:[:=]|=>)\\s*(?:u?)(["'])((?:\\\\.|(?!\\1)[^\\\\]){0,${MAX_FIELD_CHARS}})\\1`,
		'i',
	);
	const m = re.exec(text);
	if (m) return unescapeLoose(m[2] ?? '');
	// a string cut off by truncation: take what is there up to the end of the line
	const open = new RegExp(`(?<![\\w])${key}["']?\\s*(?:[:=]|=>)\\s*["']([^"'\\n]{1,${MAX_FIELD_CHARS}})`, 'i').exec(text);
	return open ? unescapeLoose(open[1] ?? '') : undefined;
}

function unescapeLoose(s: string): string {
	return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, esc: string) => {
		if (esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
		return esc === 'n' || esc === 't' || esc === 'r' ? ' ' : esc;
	});
}

/** Fields written as text (`code=190 subcode=463`, a truncated body, a log line). */
function fieldsFromText(text: string): ExtractedFields {
	const f: ExtractedFields = {};
	// In JSON cut off mid-number ("error_subcode":2207), a number at the very end may be incomplete.
	const cutJson = text.includes('{');
	const end = text.trimEnd().length;
	const num = (re: RegExp) => {
		const m = re.exec(text);
		if (!m || (cutJson && m.index + m[0].length >= end)) return undefined;
		return Number(m[1]);
	};
	const subcode = num(/(?<![\w])(?:error_)?sub_?code["']?\s*(?:[:=]|=>|\s)\s*["']?(-?\d{1,12})\b/i);
	const code =
		num(/(?<![\w])(?:error_)?code["']?\s*(?:[:=]|=>)\s*["']?(-?\d{1,12})\b/i) ??
		num(/(?<![\w-]|(?:http|status|response|exit|return)[\s_-]?)code\s+(-?\d{1,9})\b/i);
	if (code !== undefined && Number.isSafeInteger(code)) f.code = code;
	if (subcode !== undefined && Number.isSafeInteger(subcode)) f.subcode = subcode;
	const type =
		/\b([A-Z][A-Za-z]{0,40}Exception)\b/.exec(text)?.[1] ??
		/(?<![\w-])type["']?\s*(?:[:=]|=>)\s*["']?([A-Za-z]\w{0,60})(?![\w/])/i.exec(text)?.[1];
	if (type) f.type = type;
	for (const key of ['message', 'error_user_title', 'error_user_msg'] as const) {
		const v = quotedAfter(text, key);
		const t = v === undefined ? undefined : asText(v);
		if (t) f[key] = t;
	}
	const trace = /(?<![\w])fbtrace_id["']?\s*(?:[:=]|=>)\s*["']?([\w-]{4,64})/i.exec(text)?.[1];
	if (trace) f.fbtrace_id = trace;
	const transient = /(?<![\w])is_transient["']?\s*(?:[:=]|=>)\s*["']?(true|false)/i.exec(text)?.[1];
	if (transient) f.is_transient = transient.toLowerCase() === 'true';
	return f;
}

const hasStructure = (f: ExtractedFields) =>
	f.code !== undefined ||
	f.subcode !== undefined ||
	f.message !== undefined ||
	f.error_user_msg !== undefined ||
	f.error_user_title !== undefined;

/** Read whatever error fields the text holds, and say how it was read. */
export function extract(text: string): { shape: InputShape; fields: ExtractedFields } {
	const trimmed = text.trim();
	if (!trimmed) return { shape: 'empty', fields: {} };

	const bare = /^\(?#?(-?\d{1,12})\)?$/.exec(trimmed);
	if (bare) {
		const n = Number(bare[1]);
		if (Number.isSafeInteger(n)) return { shape: 'number', fields: { number: n } };
	}

	let shape: InputShape | undefined;
	let fields: ExtractedFields = {};
	for (const { parsed, start } of findObjects(text)) {
		const found = findErrorObject(parsed.value);
		if (!found) continue;
		fields = fieldsOf(found.error);
		const whole = text.slice(0, start).trim() === '' && text.slice(parsed.end).trim() === '';
		const direct = found.error === parsed.value || (isObj(parsed.value) && parsed.value['error'] === found.error);
		if (parsed.relaxed || found.relaxed) shape = 'repr';
		else if (whole && direct) shape = found.wrapped ? 'error-body' : 'error-object';
		else shape = 'embedded-json';
		break;
	}

	if (!shape) {
		// The status sentence says "error code 2207026" about a subcode: keep it out of the code.
		fields = fieldsFromText(text.replace(STATUS_ALL, ' '));
		if (hasStructure(fields)) shape = 'fields';
	}

	const status = STATUS.exec(text);
	if (status) {
		const subcode = Number(status[1]);
		fields.status = `Media upload has failed with error code ${status[1]}`;
		if (fields.subcode === undefined && Number.isSafeInteger(subcode)) fields.subcode = subcode;
		shape ??= 'status';
	}

	// Instagram's publishing subcodes (2207001-2207999) are unmistakable even in prose ("failed with 2207026").
	if (fields.subcode === undefined && fields.code === undefined) {
		const ig = text.match(/(?<![\w.-])2207\d{3}(?![\w.])/g) ?? [];
		if (ig.length > 0 && ig.every((n) => n === ig[0])) {
			fields.subcode = Number(ig[0]);
		}
	}

	if (fields.code === undefined) {
		const hash = HASH_CODE.exec(fields.message ?? '');
		if (hash) fields.code = Number(hash[1]);
	}

	if (!shape) {
		// No structure at all: the text is the message. Markup is dropped, never interpreted.
		const sentence = collapse(trimmed.replace(/<[^>]{0,500}>/g, ' '));
		if (/\p{L}/u.test(sentence)) {
			fields.message = cap(sentence);
			const hash = HASH_CODE.exec(sentence);
			if (hash) fields.code = Number(hash[1]);
		}
		shape = 'text';
	}
	return { shape, fields };
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Comparable text: `normalizeMessage` plus straight quotes. Applied to both sides. */
const comparable = (text: string) => normalizeMessage(text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"'));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface KnownText {
	entry: DecodableEntry;
	text: string;
	norm: string;
	/** Present when the text has `{placeholders}`. */
	exact?: RegExp;
	contains?: RegExp;
	/** Characters that are not placeholders: how specific the text is. */
	weight: number;
}

interface Index {
	texts: KnownText[];
	claimedSubcodes: Set<number>;
	words: Map<DecodableEntry, Set<string>>;
	/** Words found in too many entries to tell them apart. */
	common: Set<string>;
}

const STOPWORDS = new Set(
	'the and for with this that are was were has have had been not you your our its from into than then there their they them please try again can could should would will may might which what when where who how all any but per one more most such only also use used using'.split(
		' ',
	),
);
const wordsOf = (text: string, limit = 80) =>
	new Set((comparable(text).match(/[a-z][a-z'-]{2,}/g) ?? []).slice(0, limit).filter((w) => !STOPWORDS.has(w)));

const indexes = new WeakMap<readonly DecodableEntry[], Index>();

function indexOf(entries: readonly DecodableEntry[]): Index {
	const cached = indexes.get(entries);
	if (cached) return cached;
	const texts: KnownText[] = [];
	const claimedSubcodes = new Set<number>();
	const words = new Map<DecodableEntry, Set<string>>();
	const df = new Map<string, number>();
	for (const entry of entries) {
		for (const key of entry.graph) if (key.subcode !== undefined) claimedSubcodes.add(key.subcode);
		for (const m of entry.messages) {
			const norm = comparable(m.text);
			if (!norm) continue;
			const parts = norm.split(/\{[^}]*\}/);
			const known: KnownText = { entry, text: m.text, norm, weight: parts.join('').trim().length };
			if (parts.length > 1) {
				const body = parts.map(escapeRe).join('.+?');
				known.exact = new RegExp(`^${body}$`);
				known.contains = new RegExp(body);
			}
			texts.push(known);
		}
		const w = wordsOf([entry.title ?? '', ...entry.messages.map((m) => m.text)].join(' '), 400);
		words.set(entry, w);
		for (const word of w) df.set(word, (df.get(word) ?? 0) + 1);
	}
	const limit = Math.max(2, Math.ceil(entries.length / 4));
	const common = new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
	const index = { texts, claimedSubcodes, words, common };
	indexes.set(entries, index);
	return index;
}

/**
 * Scores order the candidates; strength says how sure the match is. The order is the issue's:
 * subcode, then known texts, then the code, then words. A known text outranks the code because
 * a code is shared by many errors while each text belongs to one entry.
 */
const SCORE = {
	subcode: 100,
	textIs: 95,
	patternIs: 92,
	textContains: 88,
	patternContains: 86,
	code: 80,
	typeAgrees: 4,
	subcodeGivenAsCode: 70,
	codeInRange: 65,
	codeWithUnknownSubcode: 40,
	codeOfSubcodeEntry: 35,
	wordsMax: 30,
} as const;

const quote = (text: string) => `'${text.length > 90 ? `${text.slice(0, 87)}…` : text}'`;
const rangeOf = (key: { code?: number; through?: number }) => `${key.code}-${key.through}`;
const inKey = (key: { code?: number; through?: number }, code: number) =>
	key.code !== undefined && code >= key.code && code <= (key.through ?? key.code);

class Scores {
	private byId = new Map<string, Match>();
	add(entry: DecodableEntry, score: number, strength: Strength, reason: string) {
		const m = this.byId.get(entry.id);
		if (!m) {
			this.byId.set(entry.id, { id: entry.id, score, strength, reasons: [reason] });
			return;
		}
		if (m.reasons.includes(reason)) return;
		if (score > m.score) {
			m.reasons.unshift(reason);
			m.score = score + Math.min(6, (m.reasons.length - 1) * 2);
			m.strength = strength;
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

/** The message-like fields of the input, each with the name used in reasons. */
function haystacks(f: ExtractedFields): [string, string][] {
	const out: [string, string][] = [];
	if (f.code_name) out.push(['code', f.code_name]);
	if (f.message) out.push(['message', f.message]);
	if (f.error_user_title) out.push(['error_user_title', f.error_user_title]);
	if (f.error_user_msg) out.push(['error_user_msg', f.error_user_msg]);
	if (f.status) out.push(['status', f.status]);
	return out;
}

/** Rank the entries against extracted fields. */
export function match(fields: ExtractedFields, entries: readonly DecodableEntry[]): Match[] {
	const index = indexOf(entries);
	const scores = new Scores();
	const subcode = fields.subcode;
	const code = fields.code;
	const number = fields.number;
	const subcodeKnown = subcode !== undefined && index.claimedSubcodes.has(subcode);

	for (const entry of entries) {
		// 1. subcode: unique by Meta's rule, whatever code came with it
		const bySubcode = entry.graph.filter((k) => k.subcode !== undefined && (k.subcode === subcode || k.subcode === number));
		if (bySubcode.length > 0) {
			const withCode = code !== undefined && bySubcode.some((k) => k.code === code) ? ` with code ${code}` : '';
			scores.add(entry, SCORE.subcode, 'exact', `subcode ${bySubcode[0]?.subcode}${withCode}`);
		}
		for (const key of entry.graph) {
			// 3. the Graph code
			const c = code ?? number;
			if (c === undefined || key.code === undefined || !inKey(key, c)) continue;
			const typed = fields.type && entry.type && fields.type === entry.type ? ` with type ${fields.type}` : '';
			const bonus = typed ? SCORE.typeAgrees : 0;
			if (key.subcode === undefined) {
				if (subcode === undefined) {
					if (key.through === undefined) scores.add(entry, SCORE.code + bonus, 'exact', `code ${c}${typed}`);
					else scores.add(entry, SCORE.codeInRange + bonus, 'strong', `code ${c} is in ${rangeOf(key)}${typed}`);
				} else if (!subcodeKnown) {
					scores.add(
						entry,
						SCORE.codeWithUnknownSubcode,
						'possible',
						`code ${c}${typed}; subcode ${subcode} is not in this reference`,
					);
				}
			} else if (
				subcode === undefined &&
				key.subcode !== number &&
				!entry.graph.some((k) => k.subcode === undefined && inKey(k, c))
			) {
				scores.add(entry, SCORE.codeOfSubcodeEntry, 'possible', `code ${c}, which Meta sends with subcode ${key.subcode}`);
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
				`${code} is the subcode of this error`,
			);
		}
	}

	// 2. known message texts
	for (const [field, text] of haystacks(fields)) {
		const norm = comparable(text).slice(0, 2_000);
		if (!norm) continue;
		for (const known of index.texts) {
			const literal = !known.exact;
			if (literal ? norm === known.norm : known.exact?.test(norm)) {
				scores.add(known.entry, literal ? SCORE.textIs : SCORE.patternIs, 'exact', `${field} is ${quote(known.text)}`);
			} else if (known.weight >= 12 && (literal ? norm.includes(known.norm) : known.contains?.test(norm))) {
				scores.add(
					known.entry,
					literal ? SCORE.textContains : SCORE.patternContains,
					'strong',
					`${field} contains ${quote(known.text)}`,
				);
			}
		}
	}

	// 4. words of the message: possibilities only, and only when nothing better was found
	if (scores.best() !== 'possible' && scores.best() !== undefined) return scores.ranked();
	const asked = new Set<string>();
	for (const [, text] of haystacks(fields)) for (const w of wordsOf(text)) if (!index.common.has(w)) asked.add(w);
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
				scores.add(entry, score, 'possible', `words in common: ${shared.slice(0, 5).join(', ')}`),
			);
	}
	return scores.ranked();
}

/** Read the pasted text and rank the entries. Never throws on any string. */
export function decode(raw: string, entries: readonly DecodableEntry[]): DecodeResult {
	const { text, length, truncated } = prepareInput(raw);
	const { shape, fields } = extract(text);
	if (shape === 'empty') return { shape, fields, length, truncated, matches: [], verdict: 'empty' };
	const matches = match(fields, entries);
	const top = matches[0];
	const verdict = !top ? 'none' : top.strength === 'possible' ? 'possible' : 'match';
	return { shape, fields, length, truncated, matches, verdict };
}

// ---------------------------------------------------------------------------------------------
// Sharing

/** The best term to search the site for when nothing matched. */
export function searchTerm(fields: ExtractedFields): string {
	const n = fields.subcode ?? fields.code ?? fields.number;
	if (n !== undefined) return String(n);
	const text = fields.message ?? fields.error_user_title ?? '';
	return text.replace(HASH_CODE, '').trim().slice(0, 100);
}

/**
 * The text as it may go into a shared link: cut to the limit, with access tokens removed, since
 * log lines often carry one and a link ends up in chats and browser history.
 */
export function shareableText(raw: string): string {
	return prepareInput(raw)
		.text.replace(
			/((?:access_token|input_token|client_secret|appsecret_proof)["']?\s*(?:[:=]|=>)\s*["']?)[^"'&\s,}]{8,}/gi,
			'$1[removed]',
		)
		.replace(/(bearer\s+)[\w.\-~+/]{16,}=*/gi, '$1[removed]')
		.replace(/\b(?:EAA|IGQV|IGAA)[\w-]{20,}/g, '[removed]');
}

/** The URL fragment (with `#`) that reopens the decoder on this text. */
export const toFragment = (raw: string) => `#${encodeURIComponent(shareableText(raw))}`;

/** The text a fragment carries; a malformed escape is kept as written instead of failing. */
export function fromFragment(hash: string): string {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const limited = body.slice(0, MAX_INPUT_CHARS * 4);
	try {
		return decodeURIComponent(limited);
	} catch {
		return limited;
	}
}
