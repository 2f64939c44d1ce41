/**
 * `/llms.txt` (https://llmstxt.org/): what an AI assistant reads first. It lists the site's
 * sections and every entry with its Markdown URL and one-line summary, all from the content.
 */
import type { APIRoute } from 'astro';
import { facets, getErrors, getGuides } from '../lib/entries.ts';
import { llmsTxt, markdownPath } from '../lib/markdown.ts';
import { markdownSite } from '../lib/markdown-site.ts';
import {
	categoryPath,
	CHANGES_PATH,
	errorPath,
	EXPORT_PATH,
	EXPORT_SCHEMA_PATH,
	faqPath,
	guidePath,
	LLMS_FULL_PATH,
} from '../lib/paths.ts';
import { scopeSentence } from '../lib/scope.ts';

/** The first sentence of a summary, for a one-line link description. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

export const GET: APIRoute = ({ site }) => {
	const md = markdownSite(site);
	const errors = getErrors();
	const intro = [
		`An independent reference for the errors the Instagram Graph API returns while publishing: ${errors.length} entries, one per code, subcode or message text.`,
		'Each entry says at which stage the request failed, the one action that helps, whether retrying the same request is safe, and what not to do, with the Meta pages it relies on.',
		scopeSentence(),
		'Guides, error, category and FAQ pages are linked in their Markdown form. To find the entry for an error body, match its error_subcode first, then its message text, then its code; /errors.json holds the same data for programs.',
	].join(' ');
	const text = llmsTxt(md, intro, [
		{
			title: 'Guides',
			links: getGuides().map((g) => ({
				title: g.data.title,
				url: md.absolute(markdownPath(guidePath(g.id))),
				summary: g.data.description,
			})),
		},
		{
			title: 'Reference',
			links: [
				{
					title: 'All errors',
					url: md.absolute(markdownPath(errorPath())),
					summary: 'Every entry, grouped by category, with its action.',
				},
				{
					title: 'Frequently asked questions',
					url: md.absolute(markdownPath(faqPath())),
					summary: 'When to reconnect, when to retry, what to log.',
				},
			],
		},
		{
			title: 'Categories',
			links: facets.category
				.map(({ item, entries }) => ({ category: item, errors: entries }))
				.filter(({ errors: list }) => list.length > 0)
				.map(({ category, errors: list }) => ({
					title: `${category.label} (${list.length})`,
					url: md.absolute(markdownPath(categoryPath(category.id))),
					summary: firstSentence(category.summary),
				})),
		},
		{
			title: 'Errors',
			links: errors.map((e) => ({
				title: `${e.data.code}: ${e.data.title}`,
				url: md.absolute(markdownPath(errorPath(e.id))),
				summary: e.data.description,
			})),
		},
		{
			title: 'Optional',
			links: [
				{
					title: 'Every entry in one file',
					url: md.absolute(LLMS_FULL_PATH),
					summary: 'All error pages as Markdown, concatenated.',
				},
				{
					title: 'errors.json',
					url: md.absolute(EXPORT_PATH),
					summary: 'The whole reference as data; documented at /api/.',
				},
				{
					title: 'errors.schema.json',
					url: md.absolute(EXPORT_SCHEMA_PATH),
					summary: 'JSON Schema (2020-12) of errors.json.',
				},
				{
					title: 'What changed',
					url: md.absolute(CHANGES_PATH),
					summary: 'Changes to entries, newest first; Atom feed at /changes.xml.',
				},
			],
		},
	]);
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
