/** `/errors/<id>.md`: the error page as Markdown (src/lib/markdown.ts), for assistants and tickets. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getErrors } from '../../lib/entries.ts';
import { errorMarkdown } from '../../lib/markdown.ts';
import { markdownResponse, markdownSite } from '../../lib/markdown-site.ts';

export const getStaticPaths = (() =>
	getErrors().map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entry }, site }) =>
	markdownResponse(errorMarkdown({ id: entry.id, data: entry.data, body: entry.body ?? '' }, markdownSite(site)));
