/** One representative page of each kind: for the page-weight benchmark, accessibility, privacy and policy checks. */
export const PAGE_KINDS = {
	home: '/',
	index: '/errors/',
	category: '/categories/media-format/',
	error: '/errors/2207026/',
	'error (message-keyed)': '/errors/session-has-been-invalidated/',
	faq: '/faq/',
	guide: '/guides/retry-safety/',
	decoder: '/decode/',
	api: '/api/',
	'not found': '/404.html',
} as const;
