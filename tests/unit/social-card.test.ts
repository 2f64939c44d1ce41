import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
	cardTree,
	clip,
	codeFontSize,
	parseRootTokens,
	socialCardPath,
	socialCardsEnabled,
	type CardNode,
} from '../../src/lib/social-card.ts';
import { ACTIONS } from '../../src/lib/taxonomy.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const tokens = parseRootTokens(css);

/** Every text in a card tree, in order. */
const texts = (node: CardNode | string): string[] => {
	if (typeof node === 'string') return [node];
	const children = node.props.children;
	if (children === undefined) return [];
	return (Array.isArray(children) ? children : [children]).flatMap(texts);
};

describe('social card', () => {
	it('reads the light-scheme tokens, with a colour pair for every action tone', () => {
		assert.equal(tokens['bg'], '#fbfbfa');
		for (const action of ACTIONS) {
			assert.ok(tokens[`action-${action.tone}-bg`], `--action-${action.tone}-bg`);
			assert.ok(tokens[`action-${action.tone}-fg`], `--action-${action.tone}-fg`);
		}
	});

	it('shows the code, the title, the action and the stage', () => {
		const action = ACTIONS[1];
		const tree = cardTree(
			{
				code: '2207026',
				title: 'Unsupported video format',
				actionLabel: action.label,
				actionSummary: action.summary,
				actionTone: action.tone,
				stageLabel: 'Media processing',
				siteName: 'Site',
			},
			tokens,
		);
		const all = texts(tree);
		for (const text of ['2207026', 'Unsupported video format', action.label, 'Stage: Media processing', 'Site'])
			assert.ok(all.includes(text), text);
		assert.match(JSON.stringify(tree), new RegExp(tokens[`action-${action.tone}-fg`]!));
	});

	it('fails loudly when a colour token is missing', () => {
		assert.throws(
			() =>
				cardTree(
					{
						code: '1',
						title: 't',
						actionLabel: 'a',
						actionSummary: 's',
						actionTone: 'nope',
						stageLabel: 's',
						siteName: 'n',
					},
					tokens,
				),
			/--action-nope-fg/,
		);
	});

	it('sizes long message-keyed codes down and clips at a word', () => {
		assert.ok(codeFontSize('session has been invalidated') < codeFontSize('2207026'));
		assert.equal(clip('short', 10), 'short');
		assert.equal(clip('one two three four five', 12), 'one two…');
		assert.ok(clip('x'.repeat(100), 20).length <= 20);
	});

	it('is on unless SOCIAL_CARDS turns it off', () => {
		assert.equal(socialCardsEnabled({}), true);
		assert.equal(socialCardsEnabled({ SOCIAL_CARDS: 'on' }), true);
		for (const off of ['off', '0', 'false', 'no', 'OFF'])
			assert.equal(socialCardsEnabled({ SOCIAL_CARDS: off }), false, off);
		assert.equal(socialCardPath('2207026'), '/og/2207026.png');
	});
});
