/** One representative page of each kind: for the page-weight benchmark, the budget, privacy and CSP checks. */
export const PAGE_KINDS = {
	home: '/',
	index: '/errors/',
	error: '/errors/2207026/',
	'error (message-keyed)': '/errors/session-has-been-invalidated/',
	category: '/categories/media-format/',
	faq: '/faq/',
	decoder: '/decode/',
	guide: '/guides/retry-safety/',
	'not found': '/404.html',
} as const;
