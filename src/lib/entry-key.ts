/**
 * What identifies an entry in Meta's answer: its key kind (taxonomy.ts KEY_KINDS) and the code,
 * subcode or text behind it, derived from `graph` and `messages` so it is never typed twice.
 * The page, the Markdown twin, the index and `/errors.json` show it; the decoder ranks by it.
 *
 * Pure module: no astro:* imports.
 */
import type { ErrorData, GraphKey } from './error-schema.ts';
import type { KeyKindId } from './taxonomy.ts';

export interface EntryKey {
	kind: KeyKindId;
	/** The Graph `code`, where Meta sends one. */
	code?: number;
	/** The last code of a range (200 through 299). */
	through?: number;
	subcode?: number;
	/** For message-keyed entries: the first text Meta sends. */
	message?: string;
}

type KeyedData = Pick<ErrorData, 'graph' | 'messages'>;

/** The entry's key: a subcode pair first, then a code alone, then a message with or without its code. */
export function entryKey(data: KeyedData): EntryKey {
	const pair = data.graph.find((k) => k.subcode !== undefined);
	if (pair) {
		const key: EntryKey = { kind: 'subcode', subcode: pair.subcode! };
		if (pair.code !== undefined) key.code = pair.code;
		return key;
	}
	const code = data.graph.find((k) => k.code !== undefined);
	if (code?.code !== undefined) {
		const key: EntryKey = { kind: 'code', code: code.code };
		if (code.through !== undefined) key.through = code.through;
		return key;
	}
	const coded = data.messages.find((m) => m.code !== undefined);
	if (coded) return { kind: 'code-message', code: coded.code!, message: coded.text };
	const first = data.messages[0];
	return first ? { kind: 'message', message: first.text } : { kind: 'message' };
}

/** The Graph codes a message-keyed entry arrives with, in the order its texts give them. */
export const messageCodes = (data: KeyedData): number[] => [
	...new Set(data.messages.flatMap((m) => (m.code === undefined ? [] : [m.code]))),
];

/** What a list of code pairs is called: "code" when none carries a subcode, else "code / subcode". */
export const graphKeysNoun = (keys: readonly GraphKey[]): string =>
	keys.some((k) => k.subcode !== undefined) ? 'code / subcode' : keys.length > 1 ? 'codes' : 'code';

/** A readable name for a code pair, as used in messages and on pages ("352 / 2207026", "200-299"). */
export function graphKeyLabel(key: GraphKey): string {
	const code = key.code === undefined ? '' : key.through === undefined ? `${key.code}` : `${key.code}-${key.through}`;
	if (key.subcode === undefined) return code;
	return code ? `${code} / ${key.subcode}` : `subcode ${key.subcode}`;
}

/**
 * How Meta reports the entry, in a few words for the page's first line and its Markdown twin:
 * "code / subcode 352 / 2207026", "code 100, told apart by its message", "a message without a code".
 */
export function keyPhrase(data: KeyedData): string {
	if (data.graph.length > 0) return `${graphKeysNoun(data.graph)} ${data.graph.map(graphKeyLabel).join(', ')}`;
	const codes = messageCodes(data);
	if (codes.length === 0) return 'a message sent without a Graph code';
	return `${codes.length > 1 ? 'codes' : 'code'} ${codes.join(', ')}, told apart by the message`;
}

/**
 * What the index's text filter searches for one entry: its key, title, code pairs, the codes its
 * messages arrive with, and the texts themselves ("100" lists the errors keyed by a code-100 message).
 */
export const filterText = (data: KeyedData & Pick<ErrorData, 'code' | 'title'>): string =>
	[
		data.code,
		data.title,
		...data.graph.map(graphKeyLabel),
		...messageCodes(data).map(String),
		...data.messages.map((m) => m.text),
	].join(' \u2022 ');
