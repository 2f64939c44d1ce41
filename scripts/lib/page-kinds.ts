/**
 * One representative page of each kind: for the page-weight and Lighthouse benchmarks, accessibility,
 * layout-shift, privacy and policy checks. Two error pages: one with caveats and one without (what
 * each shows differs).
 */
export const PAGE_KINDS = {
	home: '/',
	index: '/errors/',
	category: '/categories/media-format/',
	'error without caveats': '/errors/2207026/',
	'error with caveats': '/errors/session-has-been-invalidated/',
	faq: '/faq/',
	guide: '/guides/retry-safety/',
	decoder: '/decode/',
	search: '/search/',
	api: '/api/',
	changes: '/changes/',
	'not found': '/404.html',
} as const;
