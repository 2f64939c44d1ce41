/**
 * What the built site must show, computed here from content/ (read with the site's loading rules
 * and schemas), independently of the facets and counts the pages use.
 */
import { CATEGORIES } from '../../src/lib/taxonomy.ts';
import { errors, faq, guides } from '../fixtures/content.ts';

export { errors, faq, guides };

/** Categories that have at least one entry, with their entry ids. */
export const categories = CATEGORIES.map((c) => ({
	...c,
	ids: errors.filter((e) => e.data.category === c.id).map((e) => e.id),
})).filter((c) => c.ids.length > 0);
