/**
 * `/guides/<id>.md`: a guide as Markdown, for guides written as MDX in the `guides` collection
 * (`content/guides/<id>.mdx`). Guides that are still Astro pages have no Markdown version, so
 * while the collection is absent this route builds nothing.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { guideMarkdown } from '../../lib/markdown.ts';
import { markdownResponse, markdownSite } from '../../lib/markdown-site.ts';

interface GuideEntry {
	id: string;
	body?: string | undefined;
	data: { title?: string; description?: string };
}

/** The collection may not be declared yet; reading it by name keeps this route independent of that. */
const readGuides = getCollection as unknown as (collection: string) => Promise<GuideEntry[]>;

export const getStaticPaths = (async () =>
	(await readGuides('guides')).map((guide) => ({ params: { slug: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { guide }, site }) => {
	const md = markdownSite(site);
	return markdownResponse(
		guideMarkdown(
			{
				id: guide.id,
				title: guide.data.title ?? guide.id,
				description: guide.data.description ?? '',
				body: guide.body ?? '',
				url: md.absolute(`/guides/${guide.id}/`),
			},
			md,
		),
	);
};
