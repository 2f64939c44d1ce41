/**
 * The frontmatter schema of a FAQ entry (`content/faq/<id>.mdx`). The file name is the
 * entry id and the question's permanent anchor on /faq/ (`/faq/#<id>`). The MDX body is the answer.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from './taxonomy.ts';

export const faqSchema = z
	.object({
		/** The question as a reader would ask it, ending with "?". */
		question: z.string().trim().min(10).max(140).regex(/\?$/, 'must end with "?"'),
		/** The answer in one or two plain sentences: the first thing the FAQ page shows, and the FAQPage JSON-LD answer. */
		short: z.string().trim().min(40).max(400),
		/** Position on the page, ascending. */
		order: z.number().int().nonnegative(),
		/** Ids of error entries the answer links to; each must exist. */
		related: z.array(z.string().trim().min(1)).default([]),
		/** Sources behind the answer (taxonomy.ts SOURCES ids). */
		sources: z.array(z.enum(SOURCE_IDS)).min(1),
		/** The date the answer was last checked (YYYY-MM-DD). */
		updated: z.coerce.date(),
	})
	.strict();

export type FaqData = z.output<typeof faqSchema>;
