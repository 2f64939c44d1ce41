/**
 * Every internal URL is built here, so the site works at a domain root and under a
 * sub-path (`base`). Paths are written without the base; pages end in a slash.
 */
const BASE: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** Prefix a site path ("/errors/") with the configured base ("/ref/errors/"). */
export function withBase(path: string, base: string = BASE): string {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${root}${path.startsWith('/') ? path : `/${path}`}`;
}

/** An error's page, or without an id the index of every error. */
export const errorPath = (id?: string) => (id ? `/errors/${id}/` : '/errors/');
export const categoryPath = (id: string) => `/categories/${id}/`;
export const faqPath = (id?: string) => (id ? `/faq/#${id}` : '/faq/');
export const guidePath = (id?: string) => (id ? `/guides/${id}/` : '/guides/');

export const DECODE_PATH = '/decode/';
export const SEARCH_PATH = '/search/';
export const API_PATH = '/api/';
/** "What changed" and its Atom feed. */
export const CHANGES_PATH = '/changes/';
export const FEED_PATH = '/changes.xml';

/** The reference as data (documented on the API page) and its JSON Schema. */
export const EXPORT_PATH = '/errors.json';
export const EXPORT_SCHEMA_PATH = '/errors.schema.json';
/** What AI assistants read: the llms.txt index and every entry in one file. */
export const LLMS_PATH = '/llms.txt';
export const LLMS_FULL_PATH = '/llms-full.txt';
export const SITEMAP_PATH = '/sitemap-index.xml';
export const OPENSEARCH_PATH = '/opensearch.xml';
