/**
 * Reading pasted text: cut it to a bounded size, blank out binary garbage, and parse the object
 * literals it holds (JSON, Python reprs, Ruby hashes, JavaScript object literals) without ever
 * evaluating anything. Every loop is bounded so a megabyte of garbage returns at once.
 */
import { CURLY_DOUBLE, CURLY_SINGLE, decodeEntities } from '../text.ts';
import { MAX_INPUT_CHARS } from './types.ts';

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

/** Spaces that are not plain spaces: non-breaking, figure and narrow non-breaking. */
const WIDE_SPACES = /[\u00A0\u2007\u202F]/g;
const HAS_ENTITY = /&(?:#x[\da-f]+|#\d+|[a-z]+);/i;
const FENCE_LINE = /^[ \t]*(?:```|~~~)[\w-]*[ \t]*$/gm;

/**
 * The error as it was sent, from text that went through a chat, a forum, an email or a web page on
 * its way to the box: curly quotes and non-breaking spaces made plain, HTML entities decoded, Markdown
 * code fences and `> ` quote marks dropped, a URL-encoded body (no spaces, several %XX) decoded, and
 * the quotes around the whole text removed (a message logged as a string, once or twice). What it
 * holds is never interpreted: the result is read as text like any paste.
 */
export function plainText(input: string): string {
	let text = HAS_ENTITY.test(input) ? decodeEntities(input) : input;
	text = text.replace(WIDE_SPACES, ' ').replace(CURLY_DOUBLE, '"').replace(CURLY_SINGLE, "'").replace(FENCE_LINE, '');
	for (let level = 0; level < 3; level++) {
		const lines = text.split('\n').filter((line) => line.trim() !== '');
		if (lines.length === 0 || !lines.every((line) => /^[ \t]*>/.test(line))) break;
		text = text.replace(/^[ \t]*> ?/gm, '');
	}
	const trimmed = text.trim();
	if (!/\s/.test(trimmed) && (trimmed.match(/%[\da-f]{2}/gi)?.length ?? 0) >= 3) {
		try {
			text = decodeURIComponent(trimmed.replace(/\+/g, ' '));
		} catch {
			// Not valid percent-encoding: read as written.
		}
	}
	// A string literal, up to twice (a logged string of a logged string).
	for (let level = 0; level < 2; level++) {
		const quoted = text.trim();
		if (!/^"(?:[^"\\\n]|\\.)*"$/.test(quoted)) {
			if (level === 0 && /^'[^'\n]*'$|^`[^`]*`$/.test(quoted)) text = quoted.slice(1, -1);
			break;
		}
		try {
			const inner: unknown = JSON.parse(quoted);
			if (typeof inner !== 'string') break;
			text = inner;
		} catch {
			break; // not a JSON string literal: read as written
		}
	}
	return text;
}

// ---------------------------------------------------------------------------------------------
// A lenient parser for JSON, Python reprs and JavaScript object literals

const MAX_DEPTH = 40;
const MAX_OBJECT_STARTS = 40;

export interface Parsed {
	value: unknown;
	end: number;
	/** True when the text needed more than JSON (single quotes, True/None, bare keys, `=>`). */
	relaxed: boolean;
	/** True when the text ended inside the value and what was there was kept (a paste cut short). */
	cut: boolean;
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

/** Stands for a value the text ended before: it is left out of the object rather than guessed. */
const CUT = Symbol('cut');

/**
 * Parse one value starting at `start`; throws ParseError on anything it cannot read. With
 * `openEnd`, text that stops inside the value (a paste cut short) yields what was read so far:
 * open strings, objects and arrays are closed, and a number at the very end is dropped, since it
 * may be missing digits.
 */
export function parseAt(s: string, start: number, openEnd = false): Parsed {
	let i = start;
	let relaxed = false;
	let cut = false;
	const atEnd = () => {
		if (i < s.length) return false;
		if (!openEnd) fail();
		cut = true;
		return true;
	};
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
		atEnd();
		return out;
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
		if (atEnd()) return CUT;
		const ch = s[i];
		if (ch === '{') return object(depth);
		if (ch === '[') return array(depth);
		if (ch === '"' || ch === "'") return string();
		const num = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 40));
		if (num) {
			i += num[0].length;
			if (openEnd && i >= s.length) {
				cut = true;
				return CUT;
			}
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
			if (atEnd()) return out;
			if (s[i] === ']') {
				i++;
				return out;
			}
			const v = value(depth + 1);
			if (v !== CUT) out.push(v);
			ws();
			if (atEnd()) return out;
			if (s[i] === ',') i++;
			else if (s[i] !== ']') fail();
		}
	};
	const object = (depth: number): Record<string, unknown> => {
		i++;
		const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
		for (;;) {
			ws();
			if (atEnd()) return out;
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
			if (atEnd()) return out;
			if (s[i] === ':') i++;
			else if (s.startsWith('=>', i)) {
				relaxed = true;
				i += 2;
			} else if (s[i] === '=') {
				relaxed = true;
				i++;
			} else fail();
			const v = value(depth + 1);
			if (v !== CUT) out[key] = v;
			ws();
			if (atEnd()) return out;
			if (s[i] === ',') i++;
			else if (s[i] !== '}') fail();
		}
	};
	const parsed = value(0);
	return { value: parsed === CUT ? null : parsed, end: i, relaxed, cut };
}

/**
 * Every object literal that parses, left to right, up to a fixed number of attempts. An object
 * the text ends inside (a body cut short when copied) is read as far as it goes.
 */
export function findObjects(text: string): { parsed: Parsed; start: number }[] {
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
			// Retried open-ended: if the text was cut inside this object, it reads up to the end
			// (and nothing follows it); if it failed on something else, it fails again here.
			try {
				const parsed = parseAt(text, start, true);
				if (parsed.cut) {
					found.push({ parsed, start });
					break;
				}
			} catch (again) {
				if (!(again instanceof ParseError)) throw again;
			}
			from = start + 1;
		}
	}
	return found;
}

/**
 * The same text with one level of string escaping removed: a body logged as a JSON string
 * (`"{\"error\":{…}}"`) or printed by a client that escapes quotes. Undefined when the text
 * holds no escaped quote.
 */
export function unescapeQuotes(text: string): string | undefined {
	if (!/\\+["']/.test(text)) return undefined;
	return text.replace(/\\(["'\\/])/g, '$1');
}

/** Decode `\uXXXX`, `\xXX` and simple escapes in a string taken from raw text; newlines become spaces. */
export function unescapeLoose(s: string): string {
	return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, esc: string) => {
		if (esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
		return esc === 'n' || esc === 't' || esc === 'r' ? ' ' : esc;
	});
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const cap = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
