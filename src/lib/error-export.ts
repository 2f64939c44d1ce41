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
import { z } from 'astro/zod';
import { entryKey } from './entry-key.ts';
import { aliasSchema, errorSchema, graphKeySchema, messageSchema, type ErrorData } from './error-schema.ts';
import { ACTIONS, CATEGORIES, KEY_KIND_IDS, KEY_KINDS, RETRY_CLASSES, STAGES } from './taxonomy.ts';

export const EXPORT_VERSION = 1;

/*
 * The export's shape as Zod schemas, derived from the frontmatter schema wherever a field is the
 * same, so a constraint written there (an enum, a length, an integer) holds here too. The types
 * below and `/errors.schema.json` are generated from these; nothing restates the shape by hand.
 */
const fields = errorSchema.shape;

/** A Graph API code/subcode pair as exported (no `undefined` values: absent keys are left out). */
export const exportedGraphKeySchema = graphKeySchema;

export const exportedMessageSchema = messageSchema.pick({ text: true, field: true, code: true });

/** What identifies the entry (entry-key.ts): its key kind and the code, subcode or text behind it. */
export const exportedKeySchema = z
	.object({
		kind: z.enum(KEY_KIND_IDS),
		code: z.number().int().optional(),
		through: z.number().int().optional(),
		subcode: z.number().int().positive().optional(),
		message: z.string().min(1).optional(),
	})
	.strict();

/** A vendor's or SDK's wording of the error, with where it was seen. */
export const exportedAliasSchema = aliasSchema;

export const exportedErrorSchema = z
	.object({
		id: z.string().min(1),
		code: fields.code,
		key: exportedKeySchema,
		graph_code: z.number().int().nullable(),
		subcode: z.number().int().positive().nullable(),
		type: fields.type.unwrap().nullable(),
		title: fields.title,
		description: fields.description,
		category: fields.category,
		stage: fields.stage,
		action: fields.action,
		retry: fields.retry,
		retry_when: fields.retryWhen,
		graph: z.array(exportedGraphKeySchema),
		messages: z.array(exportedMessageSchema),
		aliases: z.array(exportedAliasSchema),
		related: z.array(z.string().min(1)),
		url: z.string().min(1),
		updated: z.iso.date(),
	})
	.strict();

const labelSchema = z.object({ id: z.string().min(1), label: z.string().min(1) }).strict();

export const errorExportSchema = z
	.object({
		version: z.literal(EXPORT_VERSION),
		generated: z.iso.datetime(),
		taxonomy: z
			.object({
				categories: z.array(labelSchema),
				stages: z.array(labelSchema),
				actions: z.array(labelSchema),
				retry: z.array(labelSchema),
				keys: z.array(labelSchema),
			})
			.strict(),
		errors: z.array(exportedErrorSchema),
	})
	.strict();

/** Optional keys that, when present, hold a value: JSON has no `undefined`, and the export leaves absent keys out. */
type Present<T> = { [K in keyof T]: Exclude<T[K], undefined> };

export type ExportedGraphKey = Present<z.output<typeof exportedGraphKeySchema>>;
export type ExportedMessage = Present<z.output<typeof exportedMessageSchema>>;
export type ExportedKey = Present<z.output<typeof exportedKeySchema>>;
export type ExportedAlias = Present<z.output<typeof exportedAliasSchema>>;
export type ExportedError = Omit<z.output<typeof exportedErrorSchema>, 'graph' | 'aliases' | 'messages' | 'key'> & {
	key: ExportedKey;
	graph: ExportedGraphKey[];
	messages: ExportedMessage[];
	aliases: ExportedAlias[];
};
type Label = z.output<typeof labelSchema>;
export type ErrorExport = Omit<z.output<typeof errorExportSchema>, 'errors'> & { errors: ExportedError[] };

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
		type: '{ categories, stages, actions, retry, keys }',
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
		name: 'key',
		type: '{ kind, code?, through?, subcode?, message? }',
		description:
			"What identifies the error in Meta's answer. `kind` is a key kind id (label in `taxonomy.keys`): `subcode` (a code/subcode pair), `code-message` (a Graph code shared by many errors, told apart by the message), `message` (a text sent without a code) or `code` (a code alone, for its messages that have no page of their own).",
	},
	{
		name: 'graph_code',
		type: 'number | null',
		description:
			'The Graph API `code`: of the first documented pair (352 for 2207026), else the code a message-keyed error arrives with (100 for "Tried accessing nonexisting field"); null when Meta sends none.',
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
	{
		name: 'retry',
		type: 'retry id',
		description: 'Whether retrying the same request is safe; label in `taxonomy.retry`.',
	},
	{ name: 'retry_when', type: 'string', description: 'When and how to retry this error, in plain words.' },
	{
		name: 'graph',
		type: '{ code?, through?, subcode?, http? }[]',
		description:
			'Every code/subcode pair that leads to the entry. `through` closes a code range (200 through 299). No two entries share a pair or a subcode.',
	},
	{
		name: 'messages',
		type: '{ text, field, code? }[]',
		description:
			'Texts Meta sends for this error. `{name}` marks a value Meta fills in; `field` is the body field that carries it (`status` = container status text); `code` is the Graph code the text arrives with, for errors keyed by their message.',
	},
	{
		name: 'aliases',
		type: '{ text, seen, url? }[]',
		description:
			"Wordings of this error shown by publishing tools and SDKs instead of Meta's text. `seen` names the tool and report, `url` links to it; `{name}` marks a part that varies.",
	},
	{ name: 'related', type: 'string[]', description: 'Ids of related entries.' },
	{
		name: 'url',
		type: 'string',
		description: "Path of the error's page on this site, including the site's base path.",
	},
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

/** A message as exported: its `source` stays in the frontmatter; `code` only where the text carries one. */
const exportMessage = ({ text, field, code }: ErrorData['messages'][number]): ExportedMessage =>
	code === undefined ? { text, field } : { text, field, code };

/** The key without its undefined properties. */
function exportEntryKey(key: ReturnType<typeof entryKey>): ExportedKey {
	const out: ExportedKey = { kind: key.kind };
	if (key.code !== undefined) out.code = key.code;
	if (key.through !== undefined) out.through = key.through;
	if (key.subcode !== undefined) out.subcode = key.subcode;
	if (key.message !== undefined) out.message = key.message;
	return out;
}

/** The export record of one entry. `url` is the page path with the site's base already applied. */
export function exportError(id: string, data: ErrorData, url: string): ExportedError {
	const first = data.graph[0];
	const key = entryKey(data);
	return {
		id,
		code: data.code,
		key: exportEntryKey(key),
		graph_code: key.code ?? null,
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
		messages: data.messages.map(exportMessage),
		aliases: (data.aliases ?? []).map((a) =>
			a.url ? { text: a.text, seen: a.seen, url: a.url } : { text: a.text, seen: a.seen },
		),
		related: [...data.related],
		url,
		updated: data.updated.toISOString().slice(0, 10),
	};
}

const labels = (list: readonly { id: string; label: string }[]): Label[] =>
	list.map(({ id, label }) => ({ id, label }));

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
			keys: labels(KEY_KINDS),
		},
		errors: entries.map((e) => exportError(e.id, e.data, urlOf(e.id))),
	};
}

type JsonSchemaObject = {
	properties?: Record<string, { description?: string; items?: JsonSchemaObject }>;
	[key: string]: unknown;
};

/**
 * `/errors.schema.json`: the JSON Schema (draft 2020-12) of the export, generated from
 * `errorExportSchema`, with each field described by the same text as on the `/api/` page.
 * `id` is the schema's absolute URL.
 */
export function exportJsonSchema(id: string): Record<string, unknown> {
	const generated = z.toJSONSchema(errorExportSchema, { target: 'draft-2020-12', io: 'output' }) as JsonSchemaObject;
	const top = generated.properties ?? {};
	for (const f of EXPORT_TOP_FIELDS) if (top[f.name]) top[f.name]!.description = f.description;
	const record = top.errors?.items?.properties ?? {};
	for (const f of EXPORT_FIELDS) if (record[f.name]) record[f.name]!.description = f.description;
	const { $schema, ...rest } = generated;
	return {
		$schema,
		$id: id,
		title: 'errors.json: the Instagram API Error Reference as data',
		description: `Version ${EXPORT_VERSION} of the export. It only gains fields; a renamed or removed field comes with a new version.`,
		...rest,
	};
}
