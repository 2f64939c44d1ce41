/**
 * What each page says about itself to browsers, search engines and link previews: title,
 * description, canonical URL, JSON-LD, and the date it was last checked (the sitemap's lastmod).
 * The layout, the sitemap (astro.config.mjs) and the tests all use this module.
 *
 * Pure module: the site origin and base default to Astro's, and can be passed in (config, tests).
 */
import type { ErrorData } from './error-schema.ts';
import { isoDate } from './format.ts';
import { CHANGES_PATH, categoryPath, errorPath, faqPath, guidePath } from './paths.ts';
import { CATEGORIES } from './taxonomy.ts';
import type { Problem } from './validate.ts';

export const SITE_NAME = 'Instagram API Error Reference';
/** The site's name at the end of every page title but the home page's, short so titles fit a search result. */
export const SITE_SHORT_NAME = 'IG API Errors';
export const SITE_TAGLINE = 'What each Instagram Platform API error means, and the one thing to do about it.';

/** The most characters of a page title and of a meta description that a search result shows whole. */
export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 155;

const SITE: string = (import.meta.env?.SITE as string | undefined) ?? 'http://localhost/';
const BASE: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** `<title>` of a page: its own title, then the site's short name; the home page is the site's name alone. */
export const pageTitle = (title: string) => (title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_SHORT_NAME}`);

/**
 * An error page's `<title>` and meta description, from its frontmatter: the key first (the code,
 * or the short `name` of a key that is a message sentence), then what failed; the description
 * says what to do.
 */
export function errorPageMeta(data: Pick<ErrorData, 'code' | 'name' | 'title' | 'description'>) {
	return { title: pageTitle(`${data.name ?? data.code}: ${data.title}`), description: data.description };
}

/** A page's title and description checked against what a search result shows; `shorten` names the fields to edit. */
function metaProblems(file: string, meta: { title: string; description: string }, shorten: string): Problem[] {
	const problems: Problem[] = [];
	if (meta.title.length > TITLE_MAX) {
		problems.push({
			file,
			field: 'title',
			message: `makes the page title ${meta.title.length} characters ("${meta.title}"), over ${TITLE_MAX}: shorten ${shorten}`,
		});
	}
	if (meta.description.length > DESCRIPTION_MAX) {
		problems.push({
			file,
			field: 'description',
			message: `is ${meta.description.length} characters, over the ${DESCRIPTION_MAX} a search result shows`,
		});
	}
	return problems;
}

/** Every entry whose page title or description would not fit a search result, naming the field to shorten. */
export function errorPageMetaProblems(
	entries: readonly { file: string; data: Pick<ErrorData, 'code' | 'name' | 'title' | 'description'> }[],
): Problem[] {
	return entries.flatMap(({ file, data }) =>
		metaProblems(
			file,
			errorPageMeta(data),
			data.name === undefined ? '"title", or add a short "name" for the code' : '"title" or "name"',
		),
	);
}

/** The same for guides, whose page title is their `title` and the site's short name. */
export function guidePageMetaProblems(
	guides: readonly { file: string; data: { title: string; description: string } }[],
): Problem[] {
	return guides.flatMap(({ file, data }) =>
		metaProblems(file, { title: pageTitle(data.title), description: data.description }, '"title"'),
	);
}

/** Absolute URL of a site path (without base) on the configured origin and base: canonical links, og:url, JSON-LD. */
export function absoluteUrl(path: string, site: string | URL = SITE, base: string = BASE): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return new URL(`${root.replace(/^\//, '')}${path.replace(/^\//, '')}`, new URL('/', site)).href;
}

/** A meta description cut to at most `max` characters, at a word, with an ellipsis. */
export function clampDescription(text: string, max = DESCRIPTION_MAX): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,.;:]+$/, '')}…`;
}

type JsonLd = Record<string, unknown>;

export function breadcrumbJsonLd(
	crumbs: readonly { name: string; path: string }[],
	site?: string | URL,
	base?: string,
): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((c, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: c.name,
			item: absoluteUrl(c.path, site, base),
		})),
	};
}

export function techArticleJsonLd(args: {
	headline: string;
	description: string;
	path: string;
	dateModified: Date;
	keywords: readonly string[];
	image?: string | undefined;
}): JsonLd {
	const url = absoluteUrl(args.path);
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: args.headline,
		description: args.description,
		url,
		mainEntityOfPage: url,
		dateModified: isoDate(args.dateModified),
		keywords: args.keywords.join(', '),
		inLanguage: 'en',
		...(args.image ? { image: args.image } : {}),
		publisher: { '@type': 'Organization', name: SITE_NAME },
	};
}

export function faqPageJsonLd(items: readonly { question: string; answer: string; path: string }[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: items.map((item) => ({
			'@type': 'Question',
			name: item.question,
			url: absoluteUrl(item.path),
			acceptedAnswer: { '@type': 'Answer', text: item.answer },
		})),
	};
}

/** Serialise JSON-LD for a `<script type="application/ld+json">`: `<` is escaped so no text can close the tag. */
export const serializeJsonLd = (data: JsonLd | readonly JsonLd[]) => JSON.stringify(data).replace(/</g, '\\u003c');

/** The most recent of some dates; undefined for none. */
export const latestDate = (dates: readonly Date[]): Date | undefined =>
	dates.length === 0 ? undefined : new Date(Math.max(...dates.map((d) => d.getTime())));

interface Dated {
	id: string;
	data: { updated: Date };
}

/**
 * The date each page was last checked, by site path: an error page its entry's `updated`, a
 * list the latest of the entries it shows, a guide the later of its own date and the entries'
 * (its tables are computed from them). Pages without a date (decoder, API, 404) are absent.
 */
export function pageDates(content: {
	errors: readonly (Dated & { data: { category: string } })[];
	faq: readonly Dated[];
	guides: readonly Dated[];
}): Map<string, Date> {
	const dates = new Map<string, Date>();
	const set = (path: string, date: Date | undefined) => date && dates.set(path, date);
	const errorsDate = latestDate(content.errors.map((e) => e.data.updated));
	for (const e of content.errors) set(errorPath(e.id), e.data.updated);
	for (const c of CATEGORIES)
		set(
			categoryPath(c.id),
			latestDate(content.errors.filter((e) => e.data.category === c.id).map((e) => e.data.updated)),
		);
	set(errorPath(), errorsDate);
	// The change log lists every entry's latest check, so it is as new as the newest entry.
	set(CHANGES_PATH, errorsDate);
	set(faqPath(), latestDate(content.faq.map((f) => f.data.updated)));
	const guideDates = content.guides.map((g) => latestDate([g.data.updated, ...(errorsDate ? [errorsDate] : [])])!);
	content.guides.forEach((g, i) => set(guidePath(g.id), guideDates[i]));
	set(guidePath(), latestDate(guideDates));
	set('/', latestDate([...(errorsDate ? [errorsDate] : []), ...content.faq.map((f) => f.data.updated)]));
	return dates;
}
