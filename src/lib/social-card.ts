/**
 * The social card of an error page (og:image): code, title, the one action and the stage, drawn
 * at build time. This module builds the card as a Satori element tree and holds no I/O; the
 * route src/pages/og/[slug].png.ts renders it with the fonts shipped in node_modules/@fontsource.
 *
 * Colours are read from the light-scheme tokens in src/styles/global.css (the one place colours
 * live), so the card follows the site. Cards can be turned off with SOCIAL_CARDS=off (build
 * benchmarks): the route then emits nothing and pages carry no og:image.
 *
 * Pure module: no astro:* imports.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Whether this build draws social cards (on unless SOCIAL_CARDS=off). */
export const socialCardsEnabled = (env: Record<string, string | undefined> = process.env): boolean =>
	!/^(off|0|false|no)$/i.test(env['SOCIAL_CARDS'] ?? '');

/** Site path of an entry's card, without base. */
export const socialCardPath = (id: string) => `/og/${id}.png`;

/** Custom properties of the first `:root { … }` block (the light scheme), without the leading `--`. */
export function parseRootTokens(css: string): Record<string, string> {
	const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	const tokens: Record<string, string> = {};
	for (const m of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) tokens[m[1]!] = m[2]!.trim();
	return tokens;
}

interface CardData {
	code: string;
	title: string;
	actionLabel: string;
	/** One sentence on what the action means (taxonomy ACTIONS[].summary). */
	actionSummary: string;
	/** The action's tone (taxonomy ACTIONS[].tone): picks `--action-<tone>-bg/-fg`. */
	actionTone: string;
	stageLabel: string;
	siteName: string;
}

/** A Satori element: the plain-object form of JSX. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: CardNode | string | (CardNode | string)[] };
}

const el = (type: string, style: Record<string, string | number>, ...children: (CardNode | string)[]): CardNode => ({
	type,
	props: { style, children: children.length === 1 ? children[0]! : children },
});

/** Code font size: long message-keyed codes ("session has been invalidated") get smaller type. */
export function codeFontSize(code: string): number {
	if (code.length <= 10) return 112;
	if (code.length <= 18) return 80;
	if (code.length <= 30) return 56;
	return 44;
}

/** Shortens a text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The card as a Satori tree. Throws if a colour token the card needs is missing. */
export function cardTree(card: CardData, tokens: Record<string, string>): CardNode {
	const token = (name: string) => {
		const value = tokens[name];
		if (!value) throw new Error(`social card: colour token --${name} is missing from global.css :root`);
		return value;
	};
	const actionFg = token(`action-${card.actionTone}-fg`);
	return el(
		'div',
		{
			display: 'flex',
			width: '100%',
			height: '100%',
			background: token('bg'),
			color: token('text'),
			fontFamily: 'Inter',
			borderLeft: `24px solid ${actionFg}`,
		},
		el(
			'div',
			{
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'space-between',
				width: '100%',
				padding: '56px 64px 52px 56px',
			},
			el(
				'div',
				{ display: 'flex', flexDirection: 'column' },
				el('div', { fontSize: 30, color: token('muted') }, 'Instagram Graph API error'),
				el(
					'div',
					{ fontFamily: 'Mono', fontSize: codeFontSize(card.code), fontWeight: 700, marginTop: 18, lineHeight: 1.1 },
					clip(card.code, 60),
				),
				el('div', { fontSize: 54, fontWeight: 700, marginTop: 22, lineHeight: 1.2 }, clip(card.title, 80)),
				el(
					'div',
					{ fontSize: 32, color: token('muted'), marginTop: 20, lineHeight: 1.35 },
					clip(card.actionSummary, 130),
				),
			),
			el(
				'div',
				{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 30 },
				el(
					'div',
					{ display: 'flex', alignItems: 'center' },
					el(
						'div',
						{
							display: 'flex',
							background: token(`action-${card.actionTone}-bg`),
							color: actionFg,
							fontWeight: 700,
							borderRadius: 999,
							padding: '8px 28px',
						},
						card.actionLabel,
					),
					el('div', { marginLeft: 24, color: token('muted') }, `Stage: ${card.stageLabel}`),
				),
				el('div', { color: token('muted'), fontSize: 26 }, card.siteName),
			),
		),
	);
}
