/**
 * The one module that reads the content collections. Pages ask it for entries; it runs the
 * cross-entry checks once and fails the build, naming file and field, if any check fails.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CATEGORIES, type CategoryId } from './taxonomy.ts';
import { formatProblem, validate } from './validate.ts';

export type ErrorEntry = CollectionEntry<'errors'>;
export type FaqEntry = CollectionEntry<'faq'>;

const fileOf = (collection: string, id: string) => `content/${collection}/${id}.mdx`;

/** Numeric keys first in numeric order, then message-keyed entries alphabetically. */
function compareCodes(a: ErrorEntry, b: ErrorEntry): number {
	const na = Number(a.data.code);
	const nb = Number(b.data.code);
	const aNum = Number.isFinite(na);
	const bNum = Number.isFinite(nb);
	if (aNum && bNum) return na - nb;
	if (aNum !== bNum) return aNum ? -1 : 1;
	return a.data.code.localeCompare(b.data.code, 'en', { sensitivity: 'base' });
}

async function load() {
	const errors = (await getCollection('errors')).sort(compareCodes);
	const faq = (await getCollection('faq')).sort((a, b) => a.data.order - b.data.order);

	const problems = validate(
		errors.map((e) => ({ id: e.id, file: fileOf('errors', e.id), data: e.data })),
		faq.map((f) => ({ file: fileOf('faq', f.id), data: f.data })),
	);
	if (problems.length > 0) {
		throw new Error(
			`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map(formatProblem).join('\n'),
		);
	}
	return { errors, faq };
}

const { errors, faq } = await load();
const byId = new Map(errors.map((e) => [e.id, e]));

/** Every error entry, sorted by code. */
export const getErrors = (): readonly ErrorEntry[] => errors;

/** One entry by id; throws for an unknown id (cross-references are checked at load). */
export function getError(id: string): ErrorEntry {
	const entry = byId.get(id);
	if (!entry) throw new Error(`Unknown error entry "${id}"`);
	return entry;
}

/** Entries of one category, in code order. */
export const getErrorsInCategory = (category: CategoryId) => errors.filter((e) => e.data.category === category);

/** Categories in display order with their entries; a category without entries is kept, with none. */
export const getCategoriesWithErrors = () =>
	CATEGORIES.map((category) => ({ category, errors: getErrorsInCategory(category.id) }));

/** FAQ entries in page order. */
export const getFaq = (): readonly FaqEntry[] => faq;

/** The most recent review date across entries: the date the reference as a whole was last checked. */
export const lastReviewed = (): Date =>
	new Date(Math.max(...errors.map((e) => e.data.updated.getTime()), ...faq.map((f) => f.data.updated.getTime())));
