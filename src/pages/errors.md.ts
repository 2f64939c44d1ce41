/** `/errors.md`: the index of all errors as Markdown, grouped by category. */
import type { APIRoute } from 'astro';
import { facets } from '../lib/entries.ts';
import { indexMarkdown } from '../lib/markdown.ts';
import { markdownResponse, markdownSite } from '../lib/markdown-site.ts';

export const GET: APIRoute = ({ site }) =>
	markdownResponse(
		indexMarkdown(
			facets.category.map(({ item, entries }) => ({ category: item, errors: entries })),
			markdownSite(site),
		),
	);
