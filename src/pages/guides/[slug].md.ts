/**
 * `/guides/<id>.md`: a guide as Markdown. Only guides written in plain Markdown (with
 * `<ErrorLink>` at most) have one: a guide whose body renders computed parts (counts, tables of
 * entries) through components has no faithful Markdown form, so it keeps its HTML page only.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getGuides } from '../../lib/entries.ts';
import { guideMarkdown, hasMarkdownVersion } from '../../lib/markdown.ts';
import { markdownResponse, markdownSite } from '../../lib/markdown-site.ts';

export const getStaticPaths = (() =>
	getGuides()
		.filter((guide) => hasMarkdownVersion(guide.body ?? ''))
		.map((guide) => ({ params: { slug: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { guide }, site }) => {
	const md = markdownSite(site);
	return markdownResponse(
		guideMarkdown(
			{
				id: guide.id,
				title: guide.data.title,
				description: guide.data.description,
				body: guide.body ?? '',
				url: md.absolute(`/guides/${guide.id}/`),
			},
			md,
		),
	);
};
