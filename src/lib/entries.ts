/**
 * The one module that reads the content collections. Pages ask it for entries; it sorts and
 * runs the cross-entry checks once (the same functions as the Node reader, src/lib/content.ts)
 * and fails the build, naming file and field, if any check fails.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder, checkContent, compareCodes } from './content.ts';
import { COLLECTION_DIRS, type CollectionName } from './content-files.ts';
import { facetsOf } from './facets.ts';
import { countOf } from './format.ts';
import { pageDates } from './seo.ts';
import { formatProblem } from './validate.ts';

export type ErrorEntry = CollectionEntry<'errors'>;
type FaqEntry = CollectionEntry<'faq'>;
type GuideEntry = CollectionEntry<'guides'>;

const fileOf = (collection: CollectionName, entry: { id: string; filePath?: string | undefined }) =>
	entry.filePath ?? `${COLLECTION_DIRS[collection]}/${entry.id}.mdx`;

async function load() {
	const errors = (await getCollection('errors')).sort(compareCodes);
	const faq = (await getCollection('faq')).sort(byOrder);
	const guides = (await getCollection('guides')).sort(byOrder);
	const checked = <T>(collection: CollectionName, e: { id: string; filePath?: string; data: T; body?: string }) => ({
		id: e.id,
		file: fileOf(collection, e),
		data: e.data,
		body: e.body ?? '',
	});
	const problems = checkContent({
		errors: errors.map((e) => checked('errors', e)),
		faq: faq.map((f) => checked('faq', f)),
		guides: guides.map((g) => checked('guides', g)),
	});
	if (problems.length > 0) {
		throw new Error(
			`Content check failed (${countOf(problems.length, 'problem')}):\n` + problems.map(formatProblem).join('\n'),
		);
	}
	return { errors, faq, guides };
}

const { errors, faq, guides } = await load();
const byId = new Map(errors.map((e) => [e.id, e]));

/** Every error entry, sorted by code. */
export const getErrors = (): readonly ErrorEntry[] => errors;

/** One entry by id; throws for an unknown id (cross-references are checked at load). */
export function getError(id: string): ErrorEntry {
	const entry = byId.get(id);
	if (!entry) throw new Error(`Unknown error entry "${id}"`);
	return entry;
}

/** One entry by id, or undefined (for links that tolerate a cut-down content set). */
export const findError = (id: string): ErrorEntry | undefined => byId.get(id);

/** FAQ entries in page order. */
export const getFaq = (): readonly FaqEntry[] => faq;

/** Guides in page order. */
export const getGuides = (): readonly GuideEntry[] => guides;

/** Categories, stages, actions and retry classes with their entries and counts, for the whole reference. */
export const facets = facetsOf(errors);

/** The date each page was last checked, by site path: the layout's `modified` and the sitemap's lastmod. */
export const modifiedDates = pageDates({ errors, faq, guides });
