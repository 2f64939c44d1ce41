/** `/categories/<id>.md`: a category page as Markdown, its summary and its entries. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { facets } from '../../lib/entries.ts';
import { categoryMarkdown } from '../../lib/markdown.ts';
import { markdownResponse, markdownSite } from '../../lib/markdown-site.ts';

export const getStaticPaths = (() =>
	facets.category
		.map(({ item, entries }) => ({ category: item, errors: entries }))
		.map(({ category, errors }) => ({
			params: { category: category.id },
			props: { category, errors },
		}))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { category, errors }, site }) =>
	markdownResponse(categoryMarkdown(category, errors, markdownSite(site)));
