/** `/faq.md`: every question with its short and full answer, as Markdown. */
import type { APIRoute } from 'astro';
import { getFaq } from '../lib/entries.ts';
import { faqMarkdown } from '../lib/markdown.ts';
import { markdownResponse, markdownSite } from '../lib/markdown-site.ts';

export const GET: APIRoute = ({ site }) =>
	markdownResponse(
		faqMarkdown(
			getFaq().map((f) => ({ id: f.id, data: f.data, body: f.body ?? '' })),
			markdownSite(site),
		),
	);
