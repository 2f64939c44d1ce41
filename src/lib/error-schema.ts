/**
 * The frontmatter schema of an error entry (`content/errors/<id>.mdx`).
 *
 * Every field is documented here: this file is the authoring reference. Enums come from
 * taxonomy.ts. Rules that tie several fields together live in `superRefine` and name the
 * field they are about, so a failed build points at the line to change.
 *
 * Pure module: `astro/zod` is a plain re-export of Zod 4, so unit tests import this under Node.
 */
import { z } from 'astro/zod';
import {
	ACTION_IDS,
	CATEGORY_IDS,
	CAVEAT_KIND_IDS,
	LOGIN_PATH_IDS,
	MESSAGE_FIELD_IDS,
	RETRY_CLASS_IDS,
	SOURCE_IDS,
	STAGE_IDS,
} from './taxonomy.ts';

const nonEmpty = z.string().trim().min(1);

/** Fields of a Graph API error body: a text in one of them arrives with the body's `code`. */
const GRAPH_BODY_FIELDS = new Set<string>(['message', 'error_user_title', 'error_user_msg']);

/** A text with `{placeholders}` must still say something outside them, or it would match any input. */
const template = nonEmpty.refine((text) => (text.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{2,}/gu) ?? []).length >= 1, {
	message: 'needs a word outside its {placeholders}; braces mark the parts that vary',
});

/** A Graph API code / subcode pair that leads to this entry. */
export const graphKeySchema = z
	.object({
		/** The Graph API `code` (for example 352, 190, -2). Omit it only when Meta's answer shows the subcode alone (container status text). */
		code: z.number().int().optional(),
		/** The last code of a range (`code: 200, through: 299` for "codes 200-299"). */
		through: z.number().int().optional(),
		/** The `error_subcode`. Omit it for an entry that covers the code when Meta sends no subcode. */
		subcode: z.number().int().positive().optional(),
		/** The HTTP status Meta documents for this pair, where known. */
		http: z.number().int().min(100).max(599).optional(),
	})
	.strict()
	.refine((key) => key.code !== undefined || key.subcode !== undefined, {
		message: 'a graph key needs a "code", a "subcode" or both',
		path: ['code'],
	})
	.refine((key) => key.through === undefined || (key.code !== undefined && key.through > key.code), {
		message: '"through" needs a "code" and must be greater than it',
		path: ['through'],
	});

/** A message text Meta is known to send for this error. */
export const messageSchema = z
	.object({
		/** The text exactly as sent, with `{placeholders}` where Meta inserts values. No `(#code)` prefix. */
		text: template,
		/** Which field of the error body carries it (`status` = the container's status text). */
		field: z.enum(MESSAGE_FIELD_IDS),
		/**
		 * The Graph `code` Meta sends with this text, for an entry keyed by its message (one with no
		 * `graph` pair): "Tried accessing nonexisting field" arrives with code 100. Leave it out where
		 * `graph` already gives the code, and for texts that come without one (OAuth dialogs, statuses).
		 */
		code: z.number().int().optional(),
		/** Where the text comes from. */
		source: z.enum(SOURCE_IDS),
	})
	.strict();

/** A wording that a publishing tool, SDK or library shows instead of Meta's own message. */
export const aliasSchema = z
	.object({
		/** The text as the tool shows it, with `{placeholders}` for the parts that vary. */
		text: template,
		/** Where it was seen: the tool or library, and the public report or source file ("n8n issue 12345"). */
		seen: nonEmpty,
		/** A link to that report or file, where there is one. */
		url: z.url().optional(),
	})
	.strict();

/** One dated line of the entry's history: what changed and why. */
export const changeSchema = z
	.object({
		date: z.coerce.date(),
		/** What changed and why, in a few words ("Meta's message text changed", "new subcode"). */
		note: nonEmpty.max(200),
	})
	.strict();

/** A source backing a fact on the page. */
export const citationSchema = z
	.object({
		/** A source id from taxonomy.ts SOURCES. */
		source: z.enum(SOURCE_IDS),
		/** The facts this source backs, in a few words ("code 352 / subcode 2207026; MOV or MP4"). */
		facts: nonEmpty,
	})
	.strict();

/** A visible note that a fact is in conflict between sources, unverified, or undocumented. */
export const caveatSchema = z
	.object({
		kind: z.enum(CAVEAT_KIND_IDS),
		/** One or two sentences in plain words, shown on the page. */
		text: nonEmpty,
		/** The sources the caveat is about. */
		sources: z.array(z.enum(SOURCE_IDS)).min(1),
	})
	.strict();

export const errorSchema = z
	.object({
		/** The key exactly as people meet it: the subcode ("2207026"), the Graph code ("190"), or the message text ("session has been invalidated"). */
		code: nonEmpty,
		/** A short name for a key too long to lead the page title (a message sentence): "Session invalidated". The page title uses it instead of `code`. */
		name: nonEmpty.max(30).optional(),
		/** One line: what failed ("Unsupported video format"). The page title is `code` (or `name`), this, and the site's short name: 60 characters at most (seo.ts checks). */
		title: nonEmpty.max(80),
		/** One or two sentences for search results and link previews (the meta description) that say what to do: 155 characters at most (seo.ts checks). */
		description: nonEmpty.min(50).max(200),
		/** Category id (taxonomy.ts CATEGORIES). */
		category: z.enum(CATEGORY_IDS),
		/** The publishing stage where it fails (taxonomy.ts STAGES). */
		stage: z.enum(STAGE_IDS),
		/** The one action that helps (taxonomy.ts ACTIONS). */
		action: z.enum(ACTION_IDS),
		/** Retry class: is retrying the same request safe (taxonomy.ts RETRY_CLASSES). */
		retry: z.enum(RETRY_CLASS_IDS),
		/** When and how to retry, in one or two sentences specific to this error. */
		retryWhen: nonEmpty,
		/** Short "do not" lines shown on the first screen ("Do not ask the user to reconnect"). */
		dont: z.array(nonEmpty).min(1).max(4),
		/** The message a support agent can send to the customer, in plain words, no jargon. */
		customerMessage: nonEmpty.max(600),
		/** What to collect before escalating to Meta (fbtrace_id, timestamp, container id…). */
		collect: z.array(nonEmpty).min(1),
		/** Which login paths (taxonomy.ts LOGIN_PATHS) the error can come from; both when it does not depend on them. */
		login: z.array(z.enum(LOGIN_PATH_IDS)).min(1),
		/** The Graph error `type` where known ("OAuthException"). */
		type: nonEmpty.optional(),
		/** Code / subcode pairs that lead to this entry. No two entries may claim the same pair. */
		graph: z.array(graphKeySchema).default([]),
		/** Message texts known for this error. No two entries may claim the same text. */
		messages: z.array(messageSchema).default([]),
		/** Wordings that tools and SDKs show instead of Meta's message; search and the decoder match them too. */
		aliases: z.array(aliasSchema).default([]),
		/** Ids of related entries (file names without .mdx). Each must exist. */
		related: z.array(nonEmpty).default([]),
		/** Sources behind the facts on the page; at least one. */
		sources: z.array(citationSchema).min(1),
		/** Conflicts, unverified claims and undocumented codes, shown as visible notes. */
		caveats: z.array(caveatSchema).default([]),
		/** The date the entry was last checked against its sources (YYYY-MM-DD). */
		updated: z.coerce.date(),
		/** The entry's history, newest first: the feed of changes is built from it. */
		changes: z.array(changeSchema).default([]),
	})
	.strict()
	.superRefine((entry, ctx) => {
		if (entry.graph.length === 0 && entry.messages.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['graph'],
				message: 'an entry needs at least one "graph" code pair or one "messages" text, or nothing can lead to it',
			});
		}
		const citesMeta = entry.sources.some((s) => s.source.startsWith('meta-'));
		if (!citesMeta && !entry.caveats.some((c) => c.kind !== 'conflict')) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'cite at least one Meta source, or flag the entry with an "uncertain" or "undocumented" caveat',
			});
		}
		entry.changes.forEach((change, i) => {
			if (change.date.getTime() > entry.updated.getTime()) {
				ctx.addIssue({
					code: 'custom',
					path: ['changes', i, 'date'],
					message: 'a change cannot be dated after "updated"',
				});
			}
		});
		entry.messages.forEach((m, i) => {
			if (m.code !== undefined && entry.graph.length > 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['messages', i, 'code'],
					message: 'the entry is keyed by "graph", which already gives the code; leave the message\'s code out',
				});
			}
			if (m.code === undefined && entry.graph.length === 0 && entry.type && GRAPH_BODY_FIELDS.has(m.field)) {
				ctx.addIssue({
					code: 'custom',
					path: ['messages', i, 'code'],
					message: `is missing: a text in a Graph error body (type ${entry.type}) arrives with a code; record it`,
				});
			}
		});
		if (entry.action === 'wait-for-reset' && entry.retry !== 'after-reset') {
			ctx.addIssue({
				code: 'custom',
				path: ['retry'],
				message: 'an entry whose action is "wait-for-reset" must have retry "after-reset"',
			});
		}
	});

export type ErrorData = z.output<typeof errorSchema>;
export type ErrorInput = z.input<typeof errorSchema>;
export type GraphKey = z.output<typeof graphKeySchema>;
export type KnownMessage = z.output<typeof messageSchema>;
export type Alias = z.output<typeof aliasSchema>;
export type Change = z.output<typeof changeSchema>;
