/** One social card per error page, at /og/<id>.png (none when SOCIAL_CARDS=off). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import css from '../../styles/global.css?raw';
import { getErrors } from '../../lib/entries.ts';
import { SITE_NAME } from '../../lib/seo.ts';
import { cardTree, parseRootTokens, socialCardsEnabled } from '../../lib/social-card.ts';
import { getAction, getStage } from '../../lib/taxonomy.ts';
import { renderCard } from './_render.ts';

export const getStaticPaths = (() =>
	socialCardsEnabled()
		? getErrors().map((entry) => ({ params: { slug: entry.id }, props: { entry } }))
		: []) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;
const tokens = parseRootTokens(css);

export const GET: APIRoute<Props> = async ({ props }) => {
	const { data } = props.entry;
	const action = getAction(data.action);
	const tree = cardTree(
		{
			code: data.code,
			title: data.title,
			actionLabel: action.label,
			actionSummary: action.summary,
			actionTone: action.tone,
			stageLabel: getStage(data.stage).label,
			siteName: SITE_NAME,
		},
		tokens,
	);
	return new Response(await renderCard(tree), { headers: { 'Content-Type': 'image/png' } });
};
