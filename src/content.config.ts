/**
 * Content collections. Entries live outside src/, in content/; the folders, the file pattern and
 * the id rule are shared with the Node readers (src/lib/content-files.ts). The file name is the
 * entry id, the URL slug and the permanent key (never rename a published file). Schemas are
 * defined, with every field documented, in src/lib/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_DIRS, ENTRY_PATTERN, entryId, type CollectionName } from './lib/content-files.ts';
import { errorSchema } from './lib/error-schema.ts';
import { faqSchema } from './lib/faq-schema.ts';
import { guideSchema } from './lib/guide-schema.ts';

const loader = (name: CollectionName) =>
	glob({ pattern: ENTRY_PATTERN, base: `./${COLLECTION_DIRS[name]}`, generateId: ({ entry }) => entryId(entry) });

export const collections = {
	errors: defineCollection({ loader: loader('errors'), schema: errorSchema }),
	faq: defineCollection({ loader: loader('faq'), schema: faqSchema }),
	guides: defineCollection({ loader: loader('guides'), schema: guideSchema }),
};
