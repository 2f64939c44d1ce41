/**
 * What was read from a paste, as every page shows it: the decoder page's table, its no-match
 * answer, and search's note. One list of fields, one label each and one order, so a field the
 * extractor reads is shown everywhere or nowhere.
 */
import type { ExtractedFields } from './types.ts';

/** One field read from the paste: a label and the value as text, or no value when it was looked for and not found. */
export interface ReadField {
	key: keyof ExtractedFields;
	label: string;
	value?: string;
}

interface FieldRow {
	key: keyof ExtractedFields;
	/** Meta's name for the field where Meta sends one, so it can be found in the paste; else plain words. */
	label: string;
	/** Listed in the full table even when not found, so the table says what was looked for. */
	always?: boolean;
	/** Only in the full table: request details that say nothing about which error it is. */
	detail?: boolean;
}

/** In the order people look for them. */
const ROWS: readonly FieldRow[] = [
	{ key: 'code', label: 'code', always: true },
	{ key: 'subcode', label: 'error_subcode', always: true },
	{ key: 'number', label: 'code or subcode' },
	{ key: 'type', label: 'type', always: true },
	{ key: 'http', label: 'HTTP status' },
	{ key: 'host', label: 'host' },
	{ key: 'message', label: 'message', always: true },
	{ key: 'status', label: 'container status' },
	{ key: 'error_user_title', label: 'error_user_title', always: true },
	{ key: 'error_user_msg', label: 'error_user_msg', always: true },
	{ key: 'fbtrace_id', label: 'fbtrace_id', always: true, detail: true },
	{ key: 'is_transient', label: 'is_transient', always: true, detail: true },
];

/** A field's value as text; a `code` that is a name ("REVOKED_ACCESS_TOKEN") stands in for a numeric one. */
function valueOf(fields: ExtractedFields, key: keyof ExtractedFields): string | undefined {
	const value = key === 'code' ? (fields.code ?? fields.code_name) : fields[key];
	return value === undefined || value === '' ? undefined : String(value);
}

/**
 * The fields read from a paste. By default only those found, without request details; with
 * `table`, every field looked for (those not found without a value) and the request details.
 */
export function readFields(fields: ExtractedFields, { table = false } = {}): ReadField[] {
	const out: ReadField[] = [];
	for (const { key, label, always, detail } of ROWS) {
		const value = valueOf(fields, key);
		const shown = value === undefined ? table && always : table || !detail;
		if (shown) out.push(value === undefined ? { key, label } : { key, label, value });
	}
	return out;
}
