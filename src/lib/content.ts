/**
 * Every collection read from disk with the site's own rules (content-files.ts), schemas and
 * cross-entry checks, in the order the site lists them. For Node: `npm run check:content`,
 * astro.config.mjs and the tests. The site itself reads the collections through entries.ts,
 * which sorts and checks with the same functions.
 */
import { readCollection, type ContentFile } from './content-files.ts';
import { contentRules } from './content-rules.ts';
import { errorSchema, type ErrorData } from './error-schema.ts';
import { faqSchema, type FaqData } from './faq-schema.ts';
import { guideSchema, type GuideData } from './guide-schema.ts';
import { errorPageMetaProblems, guidePageMetaProblems } from './seo.ts';
import { validate, type Problem } from './validate.ts';

/** Numeric codes first in numeric order, then message-keyed entries alphabetically. */
export function compareCodes(a: { data: { code: string } }, b: { data: { code: string } }): number {
	const na = Number(a.data.code);
	const nb = Number(b.data.code);
	const aNum = Number.isFinite(na);
	const bNum = Number.isFinite(nb);
	if (aNum && bNum) return na - nb;
	if (aNum !== bNum) return aNum ? -1 : 1;
	return a.data.code.localeCompare(b.data.code, 'en', { sensitivity: 'base' });
}

export const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

type Checked<T> = { id: string; file: string; data: T; body: string };

/**
 * Every check beyond the per-file schemas: errors among themselves and the `related` ids of FAQ
 * entries and guides (validate.ts), what the content says (content-rules.ts), and error page
 * and guide titles and descriptions that fit a search result (seo.ts).
 */
export function checkContent(content: {
	errors: readonly Checked<ErrorData>[];
	faq: readonly Checked<FaqData>[];
	guides: readonly Checked<GuideData>[];
}): Problem[] {
	return [
		...validate(content.errors, [...content.faq, ...content.guides]),
		...contentRules(content),
		...errorPageMetaProblems(content.errors),
		...guidePageMetaProblems(content.guides),
	];
}

interface Content {
	errors: ContentFile<ErrorData>[];
	faq: ContentFile<FaqData>[];
	guides: ContentFile<GuideData>[];
	problems: Problem[];
}

/**
 * Reads and checks every collection; `problems` lists every schema and cross-entry failure.
 * `{ check: false }` reads with the schemas only, for callers whose build checks the content anyway
 * (astro.config.mjs: the site's own loader runs `checkContent` and fails the build).
 */
export function loadContent(root?: string, { check = true }: { check?: boolean } = {}): Content {
	const problems: Problem[] = [];
	const errors = readCollection('errors', errorSchema, problems, root).sort(compareCodes);
	const faq = readCollection('faq', faqSchema, problems, root).sort(byOrder);
	const guides = readCollection('guides', guideSchema, problems, root).sort(byOrder);
	if (check) problems.push(...checkContent({ errors, faq, guides }));
	return { errors, faq, guides, problems };
}
