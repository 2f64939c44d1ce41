/**
 * Checks across error entries, the ones a per-file schema cannot make: unique codes,
 * unique code/subcode pairs and message texts, and related ids that exist.
 *
 * `validate()` returns every problem at once, each naming the file and the field, in the
 * manner of rustc's error-code checker; `entries.ts` throws on any, so the build fails.
 * Pure module: no astro:* imports.
 */
import { graphKeyLabel } from './entry-key.ts';
import type { ErrorData, GraphKey } from './error-schema.ts';
import { normalizeMessage } from './text.ts';

export interface EntryForCheck {
	/** The entry id: the file name without `.mdx`. */
	id: string;
	/** The file path as shown in messages (`content/errors/2207026.mdx`). */
	file: string;
	data: Pick<ErrorData, 'code' | 'graph' | 'messages' | 'related'>;
}

export interface Problem {
	file: string;
	field: string;
	message: string;
}

export const formatProblem = (p: Problem) => `${p.file}: ${p.field} ${p.message}`;

function overlaps(a: GraphKey, b: GraphKey): boolean {
	if (a.subcode !== undefined || b.subcode !== undefined) {
		// Subcodes are unique on their own (Meta: "error_subcode, when present, is guaranteed to be unique").
		return a.subcode === b.subcode;
	}
	if (a.code === undefined || b.code === undefined) return false;
	const aEnd = a.through ?? a.code;
	const bEnd = b.through ?? b.code;
	return a.code <= bEnd && b.code <= aEnd;
}

export interface FaqForCheck {
	file: string;
	data: { related: readonly string[] };
}

/**
 * Every cross-entry problem among the error entries, plus FAQ entries whose `related`
 * names an error that does not exist.
 */
export function validate(entries: readonly EntryForCheck[], faq: readonly FaqForCheck[] = []): Problem[] {
	const problems: Problem[] = [];
	const ids = new Set(entries.map((e) => e.id));
	const codes = new Map<string, EntryForCheck>();
	const messages = new Map<string, EntryForCheck>();
	const keys: { key: GraphKey; entry: EntryForCheck }[] = [];

	for (const entry of entries) {
		const code = entry.data.code.trim().toLowerCase();
		const owner = codes.get(code);
		if (owner) {
			problems.push({
				file: entry.file,
				field: 'code',
				message: `"${entry.data.code}" is already the code of ${owner.file}`,
			});
		} else codes.set(code, entry);

		entry.data.graph.forEach((key, i) => {
			const clash = keys.find((k) => k.entry !== entry && overlaps(k.key, key));
			if (clash) {
				problems.push({
					file: entry.file,
					field: `graph[${i}]`,
					message: `${graphKeyLabel(key)} is already claimed by ${clash.entry.file} (${graphKeyLabel(clash.key)})`,
				});
			}
			keys.push({ key, entry });
		});

		entry.data.messages.forEach((m, i) => {
			const text = normalizeMessage(m.text);
			const other = messages.get(text);
			if (other && other !== entry) {
				problems.push({
					file: entry.file,
					field: `messages[${i}]`,
					message: `"${m.text}" is already a message of ${other.file}`,
				});
			} else messages.set(text, entry);
		});

		entry.data.related.forEach((id, i) => {
			const field = `related[${i}]`;
			if (id === entry.id) problems.push({ file: entry.file, field, message: `"${id}" points at the entry itself` });
			else if (!ids.has(id)) problems.push({ file: entry.file, field, message: `"${id}" is not a known error` });
		});
		const seen = new Set<string>();
		entry.data.related.forEach((id, i) => {
			if (seen.has(id)) problems.push({ file: entry.file, field: `related[${i}]`, message: `"${id}" is listed twice` });
			seen.add(id);
		});
	}
	for (const item of faq) {
		item.data.related.forEach((id, i) => {
			if (!ids.has(id))
				problems.push({ file: item.file, field: `related[${i}]`, message: `"${id}" is not a known error` });
		});
	}
	return problems;
}
