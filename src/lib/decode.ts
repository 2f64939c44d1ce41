/**
 * The decoder's public entry point: pasted text in, what was understood and ranked matches with
 * reasons out. The decoder page, the header search and the tests import from here; the work is
 * split by concern under ./paste/:
 *   parse.ts    bounded reading of pasted text (cut, control characters, lenient object parser);
 *   extract.ts  the error fields any text carries (code, subcode, type, HTTP status, host, messages);
 *   match.ts    ranking against the entries, and the nearest family page when nothing matches;
 *   share.ts    the search term for a miss and the URL fragment that reopens a result;
 *   read-fields.ts  what was read, as the pages show it (labels, order, values as text).
 *
 * Pure module: no DOM, no astro:* imports. Callers pass the records of `/errors.json`
 * (see error-export.ts) or anything with the same shape.
 */
import { extract } from './paste/extract.ts';
import { familyOf, match } from './paste/match.ts';
import { outsideOf } from './paste/area.ts';
import { prepareInput } from './paste/parse.ts';
import type { DecodableEntry, DecodeResult, ExtractedFields, Understood } from './paste/types.ts';

export { extract } from './paste/extract.ts';
export { familyOf, match } from './paste/match.ts';
export { prepareInput } from './paste/parse.ts';
export { readFields, type ReadField } from './paste/read-fields.ts';
export { fromFragment, searchTerm, shareableText, toFragment } from './paste/share.ts';
export { MAX_FIELD_CHARS, MAX_INPUT_CHARS, MAX_MATCHES, SHAPE_LABELS } from './paste/types.ts';
export type {
	DecodableEntry,
	DecodeResult,
	ExtractedFields,
	Family,
	InputShape,
	Match,
	MatchedBy,
	Outside,
	Strength,
	Understood,
} from './paste/types.ts';

/** The fields a person recognises, under the names the page shows. */
function understoodOf(f: ExtractedFields): Understood {
	const u: Understood = {};
	const code = f.code ?? (f.subcode === undefined ? f.number : undefined);
	if (code !== undefined) u.code = code;
	if (f.subcode !== undefined) u.subcode = f.subcode;
	if (f.type) u.type = f.type;
	if (f.http !== undefined) u.http = f.http;
	if (f.host) u.host = f.host;
	const message = f.message ?? f.status ?? f.code_name;
	if (message) u.message = message;
	if (f.error_user_title) u.userTitle = f.error_user_title;
	if (f.error_user_msg) u.userMsg = f.error_user_msg;
	return u;
}

/** Read the pasted text and rank the entries. Never throws on any string. */
export function decode(raw: string, entries: readonly DecodableEntry[]): DecodeResult {
	const { text, length, truncated } = prepareInput(raw);
	const { shape, fields } = extract(text);
	const understood = understoodOf(fields);
	if (shape === 'empty') return { shape, fields, length, truncated, matches: [], verdict: 'empty', understood };
	const matches = match(fields, entries);
	const top = matches[0];
	const outside = outsideOf(fields);
	// A paste that shows it comes from an area the reference leaves out (an ads call, WhatsApp, Threads)
	// never gets a confident page, however well its code or text matches: those areas share Graph's
	// codes and many of its texts, and the cause and fix differ there (code 3 on an ads call is about
	// ads access, not Instagram's). The nearest page stays first among the possibilities.
	// Where the reference keys other subcodes of the same code (100, 190…), a subcode it does not know
	// is an error no page here describes: the code's page, or its generic text ("Invalid parameter"),
	// is where to start, not the answer, unless a text of a page other than the code's own matched.
	// A code whose pages key no subcode (17) keeps its page.
	const generic = entries.find((e) => e.id === top?.id)?.key?.kind === 'code';
	const specific = top?.by === 'subcode' || (top?.by === 'text' && !generic);
	const unknownSubcode =
		fields.subcode !== undefined &&
		!matches.some((m) => m.by === 'subcode') &&
		entries.some((e) => e.graph.some((k) => k.subcode !== undefined && k.code === fields.code));
	const sure = top !== undefined && top.strength !== 'possible' && !outside && (!unknownSubcode || specific);
	const verdict = !top ? 'none' : sure ? 'match' : 'possible';
	const result: DecodeResult = { shape, fields, length, truncated, matches, verdict, understood };
	if (outside) result.outside = outside;
	if (verdict !== 'match') {
		const family = familyOf(fields, entries);
		if (family) result.family = family;
	}
	return result;
}
