/**
 * `/guides/<id>.md`: a guide as Markdown. Its components (counts, stage sections, the retry
 * table…) take their Markdown form from lib/guides.ts, from the same entries as the HTML page.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { facets, getFaq, getGuides } from '../../lib/entries.ts';
import { guideMarkdownComponents } from '../../lib/guides.ts';
import { guideMarkdown } from '../../lib/markdown.ts';
import { markdownResponse, markdownSite } from '../../lib/markdown-site.ts';
import { guidePath } from '../../lib/paths.ts';

export const getStaticPaths = (() =>
	getGuides().map((guide) => ({ params: { slug: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

const known = { guides: getGuides().map((g) => g.id), faq: getFaq().map((f) => f.id) };

export const GET: APIRoute<Props> = ({ props: { guide }, site }) => {
	const md = markdownSite(site);
	const path = guidePath(guide.id);
	return markdownResponse(
		guideMarkdown(
			{
				id: guide.id,
				title: guide.data.title,
				description: guide.data.description,
				body: guide.body ?? '',
				url: md.absolute(path),
			},
			md,
			guideMarkdownComponents(md, facets, path, known),
		),
	);
};
