/**
 * Extraction: any pasted text in, the error fields it carries out (code, subcode, type, HTTP
 * status, host, message, error_user_title and error_user_msg), with the shape it was read as.
 *
 * Shapes read: Graph error bodies whole or cut anywhere; the same object inside an SDK or HTTP
 * client's wrapper, a JSON string, or a Python/Ruby/PHP/JavaScript printout; log lines; exception
 * strings with the code inline (`(#100)`, `code=100`, `code: 190, subcode: 463`, `(code 100,
 * subcode 33)`); the WWW-Authenticate header; Instagram Login's `error_type`/`error_message`
 * shape, where `code` is the HTTP status; and bare messages. Nothing is evaluated.
 */
import {
	cap as capTo,
	collapse,
	findObjects,
	isObj,
	plainText,
	unescapeLoose,
	unescapeQuotes,
	type Obj,
} from './parse.ts';
import { MAX_FIELD_CHARS, type ExtractedFields, type InputShape } from './types.ts';

const cap = (s: string) => capTo(s, MAX_FIELD_CHARS);
/** The whole text kept for finding known texts inside it. */
const MAX_TEXT_CHARS = 4_000;

/** HTTP statuses an error response carries; a number in this set next to a subcode is the status, not a Graph code. */
const HTTP_STATUSES = new Set([400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 502, 503, 504]);

const ERROR_KEYS = ['code', 'error_code', 'error_subcode', 'subcode', 'errorCode', 'subErrorCode', 'errorSubcode'];
const DETAIL_KEYS = [
	'message',
	'type',
	'fbtrace_id',
	'error_subcode',
	'error_user_msg',
	'error_user_title',
	'error_type',
	'error_message',
	'error_msg',
];
const looksLikeError = (o: Obj) =>
	(ERROR_KEYS.some((k) => k in o) && DETAIL_KEYS.some((k) => k in o)) ||
	(typeof o['error_type'] === 'string' && typeof o['error_message'] === 'string') ||
	// {"message": "…", "status": "fail"}: the shape some Instagram endpoints and wrappers answer with
	(typeof o['message'] === 'string' && o['status'] === 'fail');
const looksLikeWrappedError = (o: Obj) =>
	isObj(o['error']) && ['message', 'error_message', ...ERROR_KEYS].some((k) => k in (o['error'] as Obj));

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
			for (const { parsed } of findObjects(child.slice(0, MAX_TEXT_CHARS * 5))) {
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

const STATUS_KEYS = new Set([
	'status',
	'statusCode',
	'status_code',
	'http_status',
	'httpStatus',
	'http_code',
	'httpCode',
]);

/** An HTTP status held by a wrapper object (`{"response": {"status": 400, …}}`). */
function findHttpStatus(value: unknown, budget = { nodes: 500 }, depth = 0): number | undefined {
	if (depth > 8 || budget.nodes-- <= 0 || typeof value !== 'object' || value === null) return undefined;
	const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
	for (const [key, v] of entries) {
		const n = asInt(v);
		if (STATUS_KEYS.has(key) && n !== undefined && n >= 100 && n <= 599) return n;
	}
	for (const [, v] of entries) {
		const inner = findHttpStatus(v, budget, depth + 1);
		if (inner !== undefined) return inner;
	}
	return undefined;
}

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

/**
 * Meta never sends a negative subcode; some SDKs print one with a minus sign, and some print -1 or
 * 0 where there is none (every subcode Meta uses is larger than that).
 */
const subcodeOf = (n: number | undefined) => (n === undefined || Math.abs(n) < 10 ? undefined : Math.abs(n));

function fieldsOf(o: Obj): ExtractedFields {
	const f: ExtractedFields = {};
	// snake_case as Meta sends it; camelCase as SDKs (Facebook's Android SDK, Node clients) print it
	let code = asInt(o['code'] ?? o['error_code'] ?? o['errorCode']);
	const subcode = subcodeOf(
		asInt(o['error_subcode'] ?? o['subcode'] ?? o['error_sub_code'] ?? o['errorSubcode'] ?? o['subErrorCode']),
	);
	const type = asText(o['type']) ?? asText(o['error_type']);
	const message = asText(o['message'] ?? o['error_message'] ?? o['error_msg']);
	const title = asText(o['error_user_title']);
	const userMsg = asText(o['error_user_msg']);
	const trace = asText(o['fbtrace_id']);
	const transient = asBool(o['is_transient']);
	// Instagram Login's shape ({"error_type": "OAuthException", "code": 400, "error_message": …})
	// puts the HTTP status in `code`: it is not a Graph code.
	if ('error_type' in o && code !== undefined && HTTP_STATUSES.has(code) && subcode === undefined) {
		f.http = code;
		code = undefined;
	}
	if (code !== undefined) f.code = code;
	else if (f.http === undefined) {
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
/**
 * The `(#code)` Meta puts in front of a message ("OAuthException: (#10) …"), anywhere in the text,
 * also as the .NET SDK prints it with the type ("(OAuthException - #190) …").
 */
const HASH_CODE = /\((?:[A-Za-z]\w{0,40}\s*-\s*)?#(-?\d{1,9})\)/;
/** The `(#code)` and the sentence after it. */
const HASH_SENTENCE = new RegExp(`${HASH_CODE.source}\\s*([^"\\n]{1,1000})`);
/** The WWW-Authenticate form: OAuth "Facebook Platform" "invalid_request" "(#100) …", quotes often unbalanced. */
const HEADER = /OAuth\s+"?Facebook Platform"?\s+"?([\w-]{1,40})"?\s+"?([^"\n]{1,1000})/i;

/** A key followed by `:`, `=`, `=>`, PHP's `] =>`, or a quote and one of those. */
const SEP = `["'\\]]?\\s*(?:[:=]|=>)\\s*`;

/** A quoted value after `key:` or `key=`, in double or single quotes, escapes allowed, bounded. */
function quotedAfter(text: string, key: string): string | undefined {
	const re = new RegExp(
		`(?<![\\w])\\[?["']?${key}${SEP}(?:u?)(["'])((?:\\\\.|(?!\\1)[^\\\\]){0,${MAX_FIELD_CHARS}})\\1`,
		'i',
	);
	const m = re.exec(text);
	if (m) return unescapeLoose(m[2] ?? '');
	// a string cut off by truncation: take what is there up to the end of the line
	const open = new RegExp(`(?<![\\w])\\[?["']?${key}${SEP}["']([^"'\\n]{1,${MAX_FIELD_CHARS}})`, 'i').exec(text);
	if (open) return unescapeLoose(open[1] ?? '');
	// unquoted, as PHP's print_r (`[message] => …`) and Ruby's Koala (`message: …, x-fb-trace-id: …`) print it
	const bare = new RegExp(
		`(?<![\\w])\\[?${key}\\]?\\s*(?:=>|:)\\s*(?![\\s"'{\\[])([^\\n]{1,${MAX_FIELD_CHARS}})`,
		'i',
	).exec(text);
	if (!bare) return undefined;
	return (bare[1] ?? '')
		.split(
			/,\s*(?:x-fb-trace-id|fbtrace_id|type|code|error_subcode|error_user_title|error_user_msg)\b|\s\[HTTP \d{3}\]|\s*\[(?:type|code|error_subcode|fbtrace_id)\]\s*=>/i,
		)[0]
		?.trim();
}

/** The HTTP status a client's message states (Axios, Guzzle, requests, Koala, plain `HTTP/1.1 400`). */
function httpOf(text: string): number | undefined {
	const patterns = [
		/(?:\b|http_?)status(?:[\s_]?code)?["']?\s*(?:[:=]|=>)?\s*["']?([1-5]\d\d)\b/i,
		/\bHTTP(?:\/\d(?:\.\d)?)?\s*[:=]?\s*([1-5]\d\d)\b/i,
		/\b([45]\d\d)\s+(?:Bad Request|Unauthorized|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Client Error|Server Error)\b/i,
	];
	for (const re of patterns) {
		const m = re.exec(text);
		if (m) return Number(m[1]);
	}
	return undefined;
}

/** The Meta API hosts a paste may name. */
const META_HOST = /\b(?:graph|api|graph-video|rupload|www|m)\.(?:facebook|instagram)\.com\b/i;

/** Every Meta host in a line of prose, with the brackets around it, to drop from the message. */
const META_HOSTS_IN_PROSE = new RegExp(`\\(?${META_HOST.source}\\)?`, 'gi');

/** The Meta API host named in the text. */
const hostOf = (text: string) => META_HOST.exec(text)?.[0].toLowerCase();

/**
 * A code that a library prints in its own words around Meta's message: after its class name or
 * "error:" ("GraphAPIError: error: 190 Error validating…", "InstagramError: 2 An unexpected…"), or
 * in brackets at the end ("…exceeded the rate limit. (613)"). The number must sit right before a
 * capitalised sentence, or close the line, so counts and ids in prose are not taken for codes.
 */
function codeInProse(text: string): number | undefined {
	const patterns = [
		/(?:\berror|\bexception|(?:Error|Exception))\s*[:=#-]?\s*(-?\d{1,6})\s*[-:,]?\s+(?=\p{Lu}|\(#)/u,
		/\((-?\d{1,6})\)\s*[.!]?\s*$/m,
	];
	for (const re of patterns) {
		const m = re.exec(text);
		const n = m ? Number(m[1]) : NaN;
		if (Number.isSafeInteger(n)) return n;
	}
	return undefined;
}

/** The end of a string value, with a space in it, then the `type` key: `… method type: get","type":"IGApiException"`. */
const CUT_START = /^\s*([^"{}\n\\]*\s[^"{}\n\\]*?)\\?"\s*,\s*\\?"type\\?"\s*:/;

/** Fields written as text (`code=190 subcode=463`, a truncated body, a log line, an exception string). */
function fieldsFromText(text: string): ExtractedFields {
	const f: ExtractedFields = {};
	// In JSON cut off mid-number ("error_subcode":2207), a number at the very end may be incomplete.
	const cutJson = text.includes('{') || text.includes('"');
	const end = text.trimEnd().length;
	const num = (re: RegExp) => {
		const m = re.exec(text);
		if (!m || (cutJson && m.index + m[0].length >= end && /^\s*[{"]/.test(text))) return undefined;
		const n = Number(m[1]);
		return Number.isSafeInteger(n) ? n : undefined;
	};
	const subcode =
		num(new RegExp(`(?<![\\w])\\[?["']?(?:error_?)?sub[_ -]?(?:error_?)?code${SEP}["']?(-?\\d{1,12})\\b`, 'i')) ??
		num(/(?<![\w])(?:error[_ ])?sub[_ -]?code\s+#?(-?\d{1,12})\b/i);
	const code =
		// (not "HTTP Status Code = 404" or "response code: 400": those name the HTTP status)
		num(
			new RegExp(
				`(?<![\\w]|(?:http|status|response|exit|return)[\\s_-]?)\\[?["']?(?:error_?)?code${SEP}["']?(-?\\d{1,12})\\b`,
				'i',
			),
		) ?? num(/(?<![\w-]|(?:http|status|response|exit|return)[\s_-]?)code\s+#?(-?\d{1,9})\b/i);
	if (code !== undefined) f.code = code;
	const sub = subcodeOf(subcode);
	if (sub !== undefined) f.subcode = sub;
	const type =
		/\b([A-Z][A-Za-z]{0,40}Exception)\b/.exec(text)?.[1] ??
		new RegExp(`(?<![\\w-])\\[?["']?type${SEP}["']?([A-Za-z]\\w{0,60})(?![\\w/])`, 'i').exec(text)?.[1];
	if (type) f.type = type;
	for (const key of ['message', 'error_message', 'error_msg', 'error_user_title', 'error_user_msg'] as const) {
		const v = quotedAfter(text, key);
		const t = v === undefined ? undefined : asText(v);
		if (!t) continue;
		if (key === 'error_message' || key === 'error_msg') f.message ??= t;
		else f[key] ??= t;
	}
	// A body whose start was cut off inside the message: what comes before `","type":` is its end
	// (Meta writes the message first and the type after it), if it has words.
	const tail = f.message === undefined ? CUT_START.exec(text)?.[1]?.trim() : undefined;
	if (tail) f.message = cap(tail);
	const trace = /(?<![\w])(?:fbtrace_id|x-fb-trace-id)["'\]]?\s*(?:[:=]|=>)\s*["']?([\w-]{4,64})/i.exec(text)?.[1];
	if (trace) f.fbtrace_id = trace;
	const transient = /(?<![\w])is_transient["'\]]?\s*(?:[:=]|=>)\s*["']?(true|false)/i.exec(text)?.[1];
	if (transient) f.is_transient = transient.toLowerCase() === 'true';
	return f;
}

const hasStructure = (f: ExtractedFields) =>
	f.code !== undefined ||
	f.subcode !== undefined ||
	f.message !== undefined ||
	f.error_user_msg !== undefined ||
	f.error_user_title !== undefined;

/** Noise before a message in log lines and exception strings: timestamps, levels, bracketed ids, class names. */
/** How a log record starts: a date and time, a time, a level, a bracketed tag or id. */
const RECORD_START = [
	/^\s*\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?(?:Z|\s?[+-]\d\d:?\d\d|\s?UTC)?\]?\s*/i,
	/^\s*\[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]?\s*/,
	/^\s*\[?(?:[\w-]{1,30}\.)?(?:ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|FATAL|CRITICAL|E|W)\b\]?\s*[:|-]?\s*/,
	/^\s*\[[^\]\n]{1,60}\]\s*[:|-]?\s*/,
];

const PREFIXES = [
	...RECORD_START,
	/^\s*[\w.-]{1,40}=[^\s]{1,80}\s+/,
	/^\s*(?:[\w$]+(?:\.|::|\\))*[\w$]*(?:Error|Exception)\s*(?:\([^)\n]{0,40}\))?\s*:\s*/,
	/^\s*(?:Error|Failed|Failure|Exception|Fatal error|Uncaught)\s*:\s*/i,
	/^\s*[\w .-]{1,40}:\s+(?=\(#)/,
];

/** A line that starts something new rather than carrying on the line before: a stack frame, a log record, a field, markup. */
const NEW_LINE = [
	/^\s+(?:at|File|from)\s/,
	/^\s*(?:#\d|Traceback|Caused by|Stack|\.\.\.)/,
	/^\s*[{}[\]<]/,
	/^\s*[\w.-]{1,40}\s*(?:=>?|:)\s/,
	...RECORD_START,
];

/**
 * Lines a terminal or a viewer wrapped in the middle of a sentence, joined again: a line that does not
 * end a sentence carries on in the next one, unless that one starts something new. Meta's sentence
 * "There have been too many calls⏎to this Page account." is then read whole.
 */
function unwrapped(text: string): string {
	const lines = text.split('\n');
	const out: string[] = [];
	for (const line of lines) {
		const last = out.length - 1;
		const before = out[last];
		const carriesOn =
			before !== undefined &&
			/\p{L}/u.test(before) &&
			!/[.!?]["')\]]*\s*$/.test(before) &&
			line.trim() !== '' &&
			before.trim() !== '' &&
			!NEW_LINE.some((re) => re.test(line));
		if (carriesOn) out[last] = `${before.trimEnd()} ${line.trim()}`;
		else out.push(line);
	}
	return out.join('\n');
}

/** The message part of a line of prose: the `(#code)` sentence, else the text after the usual prefixes. */
function proseMessage(source: string): string | undefined {
	const text = unwrapped(source);
	const header = HEADER.exec(text);
	if (header?.[2]) return collapse(header[2]);
	const hash = HASH_SENTENCE.exec(text);
	if (hash?.[2]) return collapse(`(#${hash[1]}) ${hash[2]}`);
	let line = withoutPrefixes(text.split('\n').find((l) => /\p{L}{3}/u.test(l)) ?? '', PREFIXES);
	// A status line's reason phrase ("429 Too Many Requests") and the host are read into their own
	// fields; left in the message, their words would suggest entries that merely share them.
	line = line
		.replace(/\bHTTP\/\d(?:\.\d)?\s+[1-5]\d\d(?:\s+[A-Z][\w'-]*){0,5}/g, ' ')
		.replace(META_HOSTS_IN_PROSE, ' ');
	const sentence = collapse(line.replace(/<[^>]{0,500}>/g, ' '));
	return /\p{L}/u.test(sentence) ? sentence : undefined;
}

const GLUED_FIELD =
	/^(\s*)(error_type|error_message|error_subcode|error_user_title|error_user_msg|fbtrace_id|is_transient|message|type|code)(?=[A-Z0-9])/gm;

/**
 * A browser's JSON viewer copied as text can lose the space between a field's name and its value
 * ("error_typeOAuthException", "code400"). Two or more such lines are read as `name: value`.
 */
function unglued(text: string): string {
	const lines = text.match(GLUED_FIELD);
	return lines && lines.length >= 2 ? text.replace(GLUED_FIELD, '$1$2: ') : text;
}

const TABLE_ROW = /^[ \t]*\|[ \t]*([\w.-]{1,40})[ \t]*\|[ \t]*(.*?)[ \t]*\|?[ \t]*$/gm;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm;

/**
 * A two-column table of fields (Markdown, as an issue or a wiki shows an error: `| code | 190 |`).
 * Two or more such rows are read as `name: value` lines; the rule under the head goes.
 */
function untabled(text: string): string {
	const rows = text.match(TABLE_ROW);
	return rows && rows.length >= 2 ? text.replace(TABLE_RULE, '').replace(TABLE_ROW, '$1: $2') : text;
}

/** A code alone, or a code and subcode pair ("190/463", "100 - 2207028", a vendor table's "400 - 2207026"). */
function numbersOnly(text: string): { shape: 'number' | 'pair'; fields: ExtractedFields } | undefined {
	const bare = /^\(?#?(-?\d{1,12})\)?$/.exec(text);
	if (bare) {
		const n = Number(bare[1]);
		return Number.isSafeInteger(n) ? { shape: 'number', fields: { number: n } } : undefined;
	}
	const pair = /^(?:code\s*)?(-?\d{1,7})\s*(?:[/,|:–—-]|\s)\s*(?:sub(?:code)?\s*)?(-?\d{1,9})$/i.exec(text);
	if (!pair) return undefined;
	const first = Number(pair[1]);
	const second = Math.abs(Number(pair[2]));
	// (an HTTP status, then a subcode)
	const fields: ExtractedFields = HTTP_STATUSES.has(first)
		? { http: first, subcode: second }
		: { code: first, subcode: second };
	return { shape: 'pair', fields };
}

/** Labels before a code a log line ends with: "instagram publish:", "Error", "failed:". */
const LABELS = [
	/^\s*(?:error|err|failed|failure|exception)\b\s*[:=#-]?\s*/i,
	/^\s*(?=[^:\n]{0,40}[A-Za-z])[\w .-]{1,40}:\s*/,
];

/**
 * The line without what comes before its message, `patterns` removed from its start for as long as
 * one applies, or the first shorter form `done` accepts.
 */
function withoutPrefixes(line: string, patterns: readonly RegExp[], done?: (rest: string) => boolean): string {
	let rest = line;
	for (let round = 0; round < 12; round++) {
		const before = rest;
		for (const re of patterns) {
			rest = rest.replace(re, '');
			if (done?.(rest.trim())) return rest.trim();
		}
		if (rest === before) break;
	}
	return rest;
}

/**
 * PHP's var_dump of the decoded body (`["message"]=>` then `string(38) "…"` on the next line,
 * `int(-2)`, `array(5) {`, `object(stdClass)#2 (5) {`), read as `"message": "…"` lines.
 */
function undumped(text: string): string {
	if (!/\]=>\s*(?:string|int|float|bool)\(/.test(text)) return text;
	return text
		.replace(/\[("[\w-]{1,40}")\]=>\s*string\(\d+\)\s*/g, '$1: ')
		.replace(/\[("[\w-]{1,40}")\]=>\s*(?:int|float|bool)\(([^)\n]{1,40})\)/g, '$1: $2')
		.replace(/\[("[\w-]{1,40}")\]=>\s*/g, '$1: ')
		.replace(/\b(?:array\(\d+\)|object\([\w\\]{1,80}\)#\d+ \(\d+\))\s*\{/g, '{');
}

/** Read whatever error fields the text holds, and say how it was read. */
export function extract(input: string): { shape: InputShape; fields: ExtractedFields } {
	const text = plainText(input);
	const trimmed = text.trim();
	if (!trimmed) return { shape: 'empty', fields: {} };

	const numbers = numbersOnly(trimmed);
	if (numbers) return numbers;
	// A log line or a library's message that ends in the numbers alone ("12:00:01 ERROR [ig] 190",
	// "instagram publish: 9007", "Error 190/460"): the same numbers, read after the line's prefixes.
	// A code the line labels as one ("… Error message: Invalid parameter Error Code: 100") is read with
	// the rest of the line below.
	if (!trimmed.includes('\n') && !/\bcode\s*[:=#]?\s*-?\d+\s*$/i.test(trimmed)) {
		const rest = numbersOnly(withoutPrefixes(trimmed, [...PREFIXES, ...LABELS], (r) => !!numbersOnly(r)).trim());
		// (the whole line stays as text: what it talks about can still show another area, an ad account)
		if (rest) return { shape: 'fields', fields: { ...rest.fields, text: collapse(trimmed).slice(0, MAX_TEXT_CHARS) } };
	}

	// One or two levels of escaped quotes (a body logged as a string).
	const plain = unglued(untabled(undumped(text)));
	const once = unescapeQuotes(plain);
	const variants = [plain, once, once && unescapeQuotes(once)].filter((v): v is string => Boolean(v));

	let shape: InputShape | undefined;
	let fields: ExtractedFields = {};
	let http: number | undefined;
	search: for (const variant of variants) {
		for (const { parsed, start } of findObjects(variant)) {
			const found = findErrorObject(parsed.value);
			if (!found) continue;
			fields = fieldsOf(found.error);
			http = findHttpStatus(parsed.value);
			const whole = variant.slice(0, start).trim() === '' && variant.slice(parsed.end).trim() === '';
			const direct = found.error === parsed.value || (isObj(parsed.value) && parsed.value['error'] === found.error);
			if (parsed.relaxed || found.relaxed) shape = 'repr';
			else if (whole && direct && variant === text) shape = found.wrapped ? 'error-body' : 'error-object';
			else shape = 'embedded-json';
			break search;
		}
	}

	const source = variants[variants.length - 1] ?? text;
	const fromText = fieldsFromText(source.replace(STATUS_ALL, ' '));
	if (!shape) {
		// The status sentence says "error code 2207026" about a subcode: keep it out of the code.
		fields = fromText;
		if (hasStructure(fields)) shape = 'fields';
	} else {
		// A wrapper's own words may carry what the object lacks (Koala's trace id, a log line's type).
		if (fields.type === undefined && fromText.type !== undefined) fields.type = fromText.type;
		// (not when the object's `code` was read as an HTTP status: the text holds that same number)
		if (
			fields.code === undefined &&
			fields.subcode === undefined &&
			fields.http === undefined &&
			fromText.code !== undefined
		) {
			fields.code = fromText.code;
		}
		if (fields.subcode === undefined && fromText.subcode !== undefined) fields.subcode = fromText.subcode;
		if (fields.type === undefined) delete fields.type;
		if (fields.code === undefined) delete fields.code;
	}

	const header = HEADER.exec(unwrapped(text));
	if (header) {
		shape = shape === 'fields' || !shape ? 'header' : shape;
		if (!fields.message && header[2]) fields.message = cap(collapse(header[2]));
	}

	const status = STATUS.exec(text);
	if (status) {
		const subcode = Number(status[1]);
		fields.status = `Media upload has failed with error code ${status[1]}`;
		if (fields.subcode === undefined && Number.isSafeInteger(subcode)) fields.subcode = subcode;
		shape ??= 'status';
	}

	// Without a failure sentence, a container's status_code is the answer: EXPIRED and IN_PROGRESS
	// have pages of their own. Written in capitals, as the API sends them, they count in prose too,
	// unless the whole paste is in capitals ("SESSION HAS EXPIRED" is a sentence shouted).
	if (!fields.status) {
		const container =
			/\b(?:status_code|STATUS_CODE)["']?\s*(?:[:=]|=>)\s*["']?(EXPIRED|IN_PROGRESS|ERROR|FINISHED|PUBLISHED)\b/.exec(
				text,
			) ?? (/\p{Ll}/u.test(text) ? /(?<![\w-])(EXPIRED|IN_PROGRESS)(?![\w-])/.exec(text) : null);
		if (container?.[1]) {
			fields.status = container[1];
			shape ??= 'status';
		}
	}

	// Instagram's publishing subcodes (2207001-2207999) are unmistakable even in prose ("failed with 2207026").
	if (fields.subcode === undefined) {
		const ig = [...text.matchAll(/(?<![\w.])-?(2207\d{3})(?![\w.])/g)].map((m) => m[1]);
		if (ig.length > 0 && ig.every((n) => n === ig[0]) && fields.code !== Number(ig[0])) {
			fields.subcode = Number(ig[0]);
		}
	}

	if (fields.code === undefined) {
		const hash = HASH_CODE.exec(fields.message ?? '') ?? HASH_CODE.exec(text);
		if (hash) fields.code = Number(hash[1]);
	}
	// "Instagram error 190/463: …", "error 100/2207028": a code and subcode pair inside a line
	if (fields.code === undefined && fields.subcode === undefined) {
		const pair = /\b(?:error|err|code)\s*[:#]?\s*(-?\d{1,6})\s*\/\s*(\d{2,9})(?![\d/])/i.exec(source);
		if (pair) {
			fields.code = Number(pair[1]);
			fields.subcode = Number(pair[2]);
		}
	}
	if (fields.code === undefined && fields.subcode === undefined) {
		const inProse = codeInProse(source);
		if (inProse !== undefined && HTTP_STATUSES.has(inProse)) fields.http ??= inProse;
		else if (inProse !== undefined) fields.code = inProse;
	}

	const httpStatus = fields.http ?? http ?? httpOf(source);
	if (httpStatus !== undefined) fields.http = httpStatus;
	const host = hostOf(text);
	if (host) fields.host = host;

	if (!fields.message && !fields.error_user_msg && !fields.error_user_title) {
		// No message field: the sentence in the prose is the message. Markup is dropped, never interpreted.
		const sentence = proseMessage(source);
		if (sentence && (shape === undefined || shape === 'fields' || shape === 'header' || /\p{L}{4}/u.test(sentence))) {
			const withoutFields = sentence.replace(
				/(?:^|[\s,;[(])(?:code|sub_?code|error_subcode|type|fbtrace_id)\s*[:=]\s*[^\s,;\])]+/gi,
				' ',
			);
			const m = collapse(withoutFields);
			if (/\p{L}{2}/u.test(m) && !(shape === 'status' && STATUS.test(m))) fields.message = cap(m);
		}
	}
	shape ??= 'text';
	fields.text = collapse(source).slice(0, MAX_TEXT_CHARS);
	return { shape, fields };
}
