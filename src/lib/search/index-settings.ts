/**
 * What Pagefind is told, at build time and at search time: the characters it keeps inside words,
 * the weight of each metadata field, and the `messages` metadata an error page gives it.
 * scripts/pagefind.ts builds the index with these, SearchFields.astro writes the metadata, and
 * the search client sets the weights when it loads Pagefind.
 *
 * Pure module (no DOM, no astro:*).
 */
import type { ErrorData } from '../error-schema.ts';

/** Characters Pagefind keeps inside words: `REVOKED_ACCESS_TOKEN` stays one term. */
export const PAGEFIND_INCLUDE_CHARACTERS = '_';

/**
 * Search-time weights of the metadata fields (Pagefind `ranking.metaWeights`). A query that covers
 * the code, or a message Meta sends, lifts that page; action and colour are display-only.
 */
export const META_WEIGHTS: Readonly<Record<string, number>> = {
	code: 10,
	messages: 6,
	title: 3,
	action: 0,
	tone: 0,
};

/** Message text for the `messages` metadata: placeholders dropped, one line per message. */
export const messagesMeta = (data: Pick<ErrorData, 'messages'>): string =>
	data.messages
		.map((m) =>
			m.text
				.replace(/\{[^}]*\}/g, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.join(' | ');
