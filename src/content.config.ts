/**
 * Content collections. Entries live outside src/, in content/: the file name is the entry id,
 * the URL slug and the permanent key (never rename a published file). Schemas are defined,
 * with every field documented, in src/lib/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorSchema } from './lib/error-schema.ts';
import { faqSchema } from './lib/faq-schema.ts';

/** Files starting with `_` are drafts or partials and are not published. */
const pattern = '**/[^_]*.mdx';

export const collections = {
	errors: defineCollection({
		loader: glob({ pattern, base: './content/errors' }),
		schema: errorSchema,
	}),
	faq: defineCollection({
		loader: glob({ pattern, base: './content/faq' }),
		schema: faqSchema,
	}),
};
