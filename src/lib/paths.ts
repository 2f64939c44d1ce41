/**
 * Every internal URL is built here, so the site works at a domain root and under a
 * sub-path (`base`). Paths are written without the base and always end in a slash.
 */
const BASE: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** Prefix a site path ("/errors/") with the configured base ("/ref/errors/"). */
export function withBase(path: string, base: string = BASE): string {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${root}${path.startsWith('/') ? path : `/${path}`}`;
}

export const errorPath = (id: string) => `/errors/${id}/`;
export const categoryPath = (id: string) => `/categories/${id}/`;
export const faqPath = (id?: string) => (id ? `/faq/#${id}` : '/faq/');
export const guidePath = (id?: string) => (id ? `/guides/${id}/` : '/guides/');
