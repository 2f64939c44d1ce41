/**
 * The shape of `/errors.json`, the machine-readable export of the whole reference, and the
 * function that builds one record from an entry. The endpoint (src/pages/errors.json.ts), the
 * `/api/` page that documents it, the decoder and the tests all use this module, so the shape
 * is written down once.
 *
 * Invariant: `category`, `stage`, `action` and `retry` are taxonomy ids, the same values the
 * index uses in its query string. Labels travel once, in the `taxonomy` block.
 * Version 1 only ever gains fields; a rename or removal means version 2.
 *
 * Pure module: no astro:* imports.
 */
import type { ErrorData } from './error-schema.ts';
import {
	ACTIONS,
	CATEGORIES,
	RETRY_CLASSES,
	STAGES,
	type ActionId,
	type CategoryId,
	type MessageFieldId,
	type RetryClassId,
	type StageId,
} from './taxonomy.ts';

export const EXPORT_VERSION = 1;

/** A Graph API code/subcode pair as exported (no `undefined` values: absent keys are left out). */
export interface ExportedGraphKey {
	code?: number;
	through?: number;
	subcode?: number;
	http?: number;
}

export interface ExportedMessage {
	text: string;
	field: MessageFieldId;
}

/** A vendor's or SDK's wording of the error, with where it was seen. */
export interface ExportedAlias {
	text: string;
	seen: string;
	url?: string;
}

export interface ExportedError {
	id: string;
	code: string;
	graph_code: number | null;
	subcode: number | null;
	type: string | null;
	title: string;
	description: string;
	category: CategoryId;
	stage: StageId;
	action: ActionId;
	retry: RetryClassId;
	retry_when: string;
	graph: ExportedGraphKey[];
	messages: ExportedMessage[];
	aliases: ExportedAlias[];
	related: string[];
	url: string;
	updated: string;
}

interface Label {
	id: string;
	label: string;
}

export interface ErrorExport {
	version: typeof EXPORT_VERSION;
	generated: string;
	taxonomy: { categories: Label[]; stages: Label[]; actions: Label[]; retry: Label[] };
	errors: ExportedError[];
}

/** One documented field of an exported error, for the `/api/` page and the tests. */
export interface ExportField {
	name: keyof ExportedError;
	type: string;
	description: string;
}

/** The top-level fields of the export. */
export const EXPORT_TOP_FIELDS: readonly { name: keyof ErrorExport; type: string; description: string }[] = [
	{
		name: 'version',
		type: 'number',
		description: 'The format version, 1. It only gains fields; a rename or removal would make it 2.',
	},
	{ name: 'generated', type: 'ISO 8601 date-time', description: 'When the site was built.' },
	{
		name: 'taxonomy',
		type: '{ categories, stages, actions, retry }',
		description: 'Each a list of `{ id, label }`: the labels for the ids used in the records.',
	},
	{ name: 'errors', type: 'object[]', description: 'One record per error page, sorted by code; fields below.' },
];

/** Every field of an exported error, in record order, with what it holds. */
export const EXPORT_FIELDS: readonly ExportField[] = [
	{ name: 'id', type: 'string', description: 'The entry id: the last segment of its page URL. Permanent.' },
	{
		name: 'code',
		type: 'string',
		description: 'The key as people meet it: a subcode ("2207026"), a Graph code ("4") or a message text.',
	},
	{
		name: 'graph_code',
		type: 'number | null',
		description: 'The Graph API `code` of the first documented pair (352 for 2207026), or null when Meta sends none.',
	},
	{
		name: 'subcode',
		type: 'number | null',
		description: 'The `error_subcode` of the first documented pair, or null when that pair has none.',
	},
	{ name: 'type', type: 'string | null', description: 'The Graph error `type` where known ("OAuthException").' },
	{ name: 'title', type: 'string', description: 'One line: what failed.' },
	{ name: 'description', type: 'string', description: 'One or two sentences on what the error means and what to do.' },
	{ name: 'category', type: 'category id', description: 'Category id; label in `taxonomy.categories`.' },
	{ name: 'stage', type: 'stage id', description: 'Publishing stage where it fails; label in `taxonomy.stages`.' },
	{ name: 'action', type: 'action id', description: 'The one action that helps; label in `taxonomy.actions`.' },
	{ name: 'retry', type: 'retry id', description: 'Whether retrying the same request is safe; label in `taxonomy.retry`.' },
	{ name: 'retry_when', type: 'string', description: 'When and how to retry this error, in plain words.' },
	{
		name: 'graph',
		type: '{ code?, through?, subcode?, http? }[]',
		description:
			'Every code/subcode pair that leads to the entry. `through` closes a code range (200 through 299). No two entries share a pair or a subcode.',
	},
	{
		name: 'messages',
		type: '{ text, field }[]',
		description:
			'Texts Meta sends for this error. `{name}` marks a value Meta fills in; `field` is the body field that carries it (`status` = container status text).',
	},
	{
		name: 'aliases',
		type: '{ text, seen, url? }[]',
		description:
			'Wordings of this error shown by publishing tools and SDKs instead of Meta\'s text. `seen` names the tool and report, `url` links to it; `{name}` marks a part that varies.',
	},
	{ name: 'related', type: 'string[]', description: 'Ids of related entries.' },
	{ name: 'url', type: 'string', description: "Path of the error's page on this site, including the site's base path." },
	{ name: 'updated', type: 'YYYY-MM-DD', description: 'When the entry was last checked against its sources.' },
];

/** Copy a graph key without its undefined properties, so the JSON holds only what is documented. */
function exportKey(key: ErrorData['graph'][number]): ExportedGraphKey {
	const out: ExportedGraphKey = {};
	if (key.code !== undefined) out.code = key.code;
	if (key.through !== undefined) out.through = key.through;
	if (key.subcode !== undefined) out.subcode = key.subcode;
	if (key.http !== undefined) out.http = key.http;
	return out;
}

/** The export record of one entry. `url` is the page path with the site's base already applied. */
export function exportError(id: string, data: ErrorData, url: string): ExportedError {
	const first = data.graph[0];
	return {
		id,
		code: data.code,
		graph_code: data.graph.find((k) => k.code !== undefined)?.code ?? null,
		subcode: first?.subcode ?? null,
		type: data.type ?? null,
		title: data.title,
		description: data.description,
		category: data.category,
		stage: data.stage,
		action: data.action,
		retry: data.retry,
		retry_when: data.retryWhen,
		graph: data.graph.map(exportKey),
		messages: data.messages.map((m) => ({ text: m.text, field: m.field })),
		aliases: (data.aliases ?? []).map((a) => (a.url ? { text: a.text, seen: a.seen, url: a.url } : { text: a.text, seen: a.seen })),
		related: [...data.related],
		url,
		updated: data.updated.toISOString().slice(0, 10),
	};
}

const labels = (list: readonly { id: string; label: string }[]): Label[] => list.map(({ id, label }) => ({ id, label }));

/** The whole export. `urlOf` maps an entry id to its page path (with base). */
export function buildExport(
	entries: readonly { id: string; data: ErrorData }[],
	urlOf: (id: string) => string,
	generated: Date = new Date(),
): ErrorExport {
	return {
		version: EXPORT_VERSION,
		generated: generated.toISOString(),
		taxonomy: {
			categories: labels(CATEGORIES),
			stages: labels(STAGES),
			actions: labels(ACTIONS),
			retry: labels(RETRY_CLASSES),
		},
		errors: entries.map((e) => exportError(e.id, e.data, urlOf(e.id))),
	};
}
