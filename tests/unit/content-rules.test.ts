/**
 * The content rules (src/lib/content-rules.ts): each rule on small made-up files, then every rule
 * over the real content, which must pass them all (the build and `npm run check:content` run the
 * same function).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../../src/lib/content.ts';
import {
	bodyHeadings,
	contentRules,
	figureKey,
	figures,
	unbackedFigures,
	type RuleFile,
} from '../../src/lib/content-rules.ts';
import { BODY_SECTIONS } from '../../src/lib/error-sections.ts';
import { KNOWN_SCOPES } from '../../src/lib/facts.ts';
import { SOURCE_IDS } from '../../src/lib/taxonomy.ts';

const body = (...headings: string[]) => headings.map((h) => `## ${h}\n\nText.\n`).join('\n');
const goodBody = body(...BODY_SECTIONS.map((s) => s.text));
const error = (id: string, data: object = {}, text = goodBody): RuleFile => ({
	id,
	file: `content/errors/${id}.mdx`,
	data,
	body: text,
});
const faq = (id: string, data: object, text: string): RuleFile => ({
	id,
	file: `content/faq/${id}.mdx`,
	data,
	body: text,
});
const rules = (c: { errors?: RuleFile[]; faq?: RuleFile[]; guides?: RuleFile[] }) =>
	contentRules({ errors: c.errors ?? [], faq: c.faq ?? [], guides: c.guides ?? [] });

describe('content rules', () => {
	it('the real content passes every rule', () => {
		const { errors, faq, guides, problems } = loadContent();
		assert.ok(errors.length > 0 && faq.length > 0 && guides.length > 0);
		assert.deepEqual(problems, []);
	});

	it('reads headings with the MDX parser: code blocks and code spans are not headings', () => {
		assert.deepEqual(bodyHeadings('## One\n\n```sh\n## not this\n```\n\nA `## span` too.\n\n## Two\n'), ['One', 'Two']);
	});

	it('requires the three body sections, in order, and no other', () => {
		assert.deepEqual(rules({ errors: [error('ok')] }), []);
		const swapped = rules({ errors: [error('x', {}, body('What to do', 'What happened', 'What not to do'))] });
		assert.equal(swapped.length, 1);
		assert.equal(swapped[0]?.field, 'body');
		assert.equal(rules({ errors: [error('y', {}, body('What happened', 'What to do'))] }).length, 1);
		assert.equal(rules({ errors: [error('z', {}, `${goodBody}\n## Extra\n`)] }).length, 1);
	});

	it('finds figures with their units, including ranges and hyphenated forms', () => {
		assert.deepEqual(
			figures(
				'**100** API-published posts in a 24-hour window; 30 seconds to 2 minutes; 2,200 characters and 20 @ tags; 1 to 2 times',
			).map(figureKey),
			['100 post', '24 hour', '30 second', '2 minute', '2200 character', '20 tag'],
		);
	});

	it('flags a figure that neither facts.ts nor a linked entry states', () => {
		assert.deepEqual(unbackedFigures('Accounts may publish 60 posts a day.', []).map(figureKey), ['60 post']);
		assert.deepEqual(unbackedFigures('Meta says 100 posts and 50 posts.', []), []);
		assert.deepEqual(unbackedFigures('Retry within 45 seconds.', ['Try again within 45 seconds.']), []);
		const problems = rules({ faq: [faq('f', { question: 'How long?', related: [] }, 'Tokens last 90 days.')] });
		assert.deepEqual(
			problems.map((p) => [p.file, p.field]),
			[['content/faq/f.mdx', 'body']],
		);
	});

	it('lets a FAQ answer state a figure that an entry it links to states, through related or <ErrorLink>', () => {
		const linked = error('45s', { retryWhen: 'Wait 45 seconds.' });
		assert.deepEqual(rules({ errors: [linked], faq: [faq('a', { related: ['45s'] }, 'Wait 45 seconds.')] }), []);
		assert.deepEqual(rules({ errors: [linked], faq: [faq('b', {}, 'See <ErrorLink id="45s" />: 45 seconds.')] }), []);
	});

	it("requires every one of Meta's quota figures where one is quoted", () => {
		const one = rules({ errors: [error('q', {}, `${goodBody}\nUp to 100 posts a day.\n`)] });
		assert.equal(one.length, 1);
		assert.match(one[0]?.message ?? '', /not all of Meta's figures/);
	});

	it('names only scopes facts.ts lists, and says in which field', () => {
		const [problem, ...rest] = rules({
			errors: [error('s', { dont: ['Do not ask for instagram_publish_everything.'] })],
		});
		assert.deepEqual(rest, []);
		assert.equal(problem?.field, 'dont.0');
		assert.ok(KNOWN_SCOPES.has('instagram_content_publish'));
	});

	it('refuses team words in the public change notes', () => {
		for (const note of [
			'Sources reworded.',
			'Uses ErrorLink now.',
			"The seed's sentence replaced.",
			'Described in this site’s words.',
		]) {
			const problems = rules({ errors: [error('c', { changes: [{ date: new Date(), note }] })] });
			assert.equal(problems.length, 1, note);
			assert.equal(problems[0]?.field, 'changes.0.note');
		}
		assert.deepEqual(rules({ errors: [error('d', { changes: [{ date: new Date(), note: 'New page.' }] })] }), []);
	});

	it('facts.ts cites only sources the taxonomy knows', async () => {
		const { FACT_NUMBERS, AREA_SCOPES } = await import('../../src/lib/facts.ts');
		const ids = new Set<string>(SOURCE_IDS);
		for (const f of [...FACT_NUMBERS, ...AREA_SCOPES]) assert.ok(ids.has(f.source), `unknown source ${f.source}`);
	});
});
