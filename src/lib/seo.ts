/**
 * Titles, descriptions, canonical URLs and JSON-LD, built the same way for every page.
 * Pure module: the site origin and base are passed in, so unit tests can call it.
 */

export const SITE_NAME = 'Instagram API Error Reference';
export const SITE_TAGLINE = 'What each Instagram Graph API publishing error means, and the one thing to do about it.';

const ERROR_TITLE_SUFFIX = ' · Instagram Graph API error';

/** `<title>` of an error page: leads with the code, says what it is. */
export const errorPageTitle = (code: string, title: string) => `${code}: ${title}${ERROR_TITLE_SUFFIX}`;

/** The "code: title" part of an error page's `<title>` (the inverse of errorPageTitle). */
export const errorLabelFromTitle = (pageTitle: string) =>
	pageTitle.endsWith(ERROR_TITLE_SUFFIX) ? pageTitle.slice(0, -ERROR_TITLE_SUFFIX.length) : pageTitle;

/** `<title>` of any other page. */
export const pageTitle = (title: string) => (title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}`);

/** Absolute canonical URL of a site path, on the configured origin and base. */
export function canonicalUrl(path: string, site: string | URL, base = '/'): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const relative = path.replace(/^\//, '');
	return new URL(`${root.replace(/^\//, '')}${relative}`, new URL('/', site)).href;
}

export interface Crumb {
	name: string;
	/** Absolute URL. */
	url: string;
}

type JsonLd = Record<string, unknown>;

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
	};
}

export function techArticleJsonLd(args: {
	headline: string;
	description: string;
	url: string;
	dateModified: Date;
	keywords: readonly string[];
	image?: string;
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: args.headline,
		description: args.description,
		url: args.url,
		mainEntityOfPage: args.url,
		dateModified: args.dateModified.toISOString().slice(0, 10),
		keywords: args.keywords.join(', '),
		inLanguage: 'en',
		...(args.image ? { image: args.image } : {}),
		publisher: { '@type': 'Organization', name: SITE_NAME },
	};
}

export function faqPageJsonLd(items: readonly { question: string; answer: string; url: string }[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: items.map((item) => ({
			'@type': 'Question',
			name: item.question,
			url: item.url,
			acceptedAnswer: { '@type': 'Answer', text: item.answer },
		})),
	};
}

/** The most recent of some dates (a page's lastmod from its entries); undefined for none. */
export const latestDate = (dates: readonly Date[]): Date | undefined =>
	dates.length === 0 ? undefined : new Date(dates.reduce((max, d) => Math.max(max, d.getTime()), -Infinity));

/** Serialise JSON-LD for a `<script type="application/ld+json">`: `<` is escaped so no text can close the tag. */
export const serializeJsonLd = (data: JsonLd | readonly JsonLd[]) => JSON.stringify(data).replace(/</g, '\\u003c');
