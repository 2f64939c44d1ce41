/** What the built site must show, computed from content/ with the site's own schemas and taxonomy. */
import { readErrors, readFaq } from '../../scripts/lib/content-files.ts';
import { CATEGORIES } from '../../src/lib/taxonomy.ts';

export const errors = readErrors();
export const faq = readFaq();

/** Categories that have at least one entry, with their entry ids. */
export const categories = CATEGORIES.map((c) => ({
	...c,
	ids: errors.filter((e) => e.data.category === c.id).map((e) => e.id),
})).filter((c) => c.ids.length > 0);
