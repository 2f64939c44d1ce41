/** `/llms-full.txt`: every error page's Markdown in one file, in code order, for assistants that read a whole site at once. */
import type { APIRoute } from 'astro';
import { getErrors } from '../lib/entries.ts';
import { llmsFullTxt } from '../lib/markdown.ts';
import { markdownSite } from '../lib/markdown-site.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(
		llmsFullTxt(
			markdownSite(site),
			getErrors().map((e) => ({ id: e.id, data: e.data, body: e.body ?? '' })),
		),
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
