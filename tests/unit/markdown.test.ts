import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faq as faqEntries, guides, readErrors } from '../fixtures/content.ts';
import {
	categoryMarkdown,
	codeSpan,
	errorMarkdown,
	escapeText,
	faqMarkdown,
	llmsFullTxt,
	llmsTxt,
	guideMarkdown,
	markdownPath,
	mdxBodyToMarkdown,
	type MarkdownSite,
} from '../../src/lib/markdown.ts';
import { facetsOf } from '../../src/lib/facets.ts';
import { guideMarkdownComponents } from '../../src/lib/guides.ts';
import { errorPath, guidePath } from '../../src/lib/paths.ts';
import { absoluteUrl } from '../../src/lib/seo.ts';
import { getAction, getCategory } from '../../src/lib/taxonomy.ts';

const errors = readErrors();
const faq = faqEntries;
const byId = new Map(errors.map((e) => [e.id, e]));

const site: MarkdownSite = {
	name: 'Test reference',
	summary: 'A summary.',
	absolute: (path) => absoluteUrl(path, 'https://example.org', '/ref/'),
	lookup: (id) => {
		const e = byId.get(id);
		return e ? { code: e.data.code, title: e.data.title } : undefined;
	},
};

/** Undo the backslash escapes CommonMark allows, as a Markdown reader would. */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('markdownPath', () => {
	it('puts .md where the trailing slash was', () => {
		assert.equal(markdownPath('/errors/2207026/'), '/errors/2207026.md');
		assert.equal(markdownPath('/faq/'), '/faq.md');
		assert.equal(markdownPath('/categories/server/'), '/categories/server.md');
	});
	it('refuses the home page', () => assert.throws(() => markdownPath('/')));
});

describe('inline text', () => {
	it('escapes what would become emphasis, code, links or HTML, and keeps identifiers readable', () => {
		assert.equal(escapeText('GET /<IG_ID>/media'), 'GET /\\<IG_ID\\>/media');
		assert.equal(escapeText('the fbtrace_id and *all* [x]'), 'the fbtrace_id and \\*all\\* \\[x\\]');
		assert.equal(escapeText('_leading and trailing_'), '\\_leading and trailing\\_');
		assert.equal(unescape(escapeText('a `b` \\ c')), 'a `b` \\ c');
	});
	it('wraps any text in a code span that keeps it verbatim', () => {
		assert.equal(codeSpan('2207026'), '`2207026`');
		assert.equal(codeSpan('a `tick`'), '`` a `tick` ``');
		assert.equal(codeSpan('x ``y`` z'), '```x ``y`` z```');
		assert.equal(codeSpan('`x'), '`` `x ``');
	});
});

describe('MDX bodies to Markdown', () => {
	const convert = (body: string) => mdxBodyToMarkdown(body, 'content/errors/x.mdx', site);

	it('turns <ErrorLink id> into a link showing the code, with the absolute URL', () => {
		assert.equal(
			convert('See <ErrorLink id="2207026" /> first.'),
			'See [`2207026`](https://example.org/ref/errors/2207026/) first.',
		);
		assert.equal(
			convert("See <ErrorLink id='2207026'/>."),
			'See [`2207026`](https://example.org/ref/errors/2207026/).',
		);
	});

	it('shows an id without an entry as plain code, as the page does', () => {
		assert.equal(convert('<ErrorLink id="no-such-entry" />'), '`no-such-entry`');
	});

	it('keeps code spans and code blocks exactly, whatever they hold', () => {
		const body =
			'Call `GET /<IG_ID>?fields={a}` now.\n\n```json\n{ "x": "<b>" }\nimport x from "y";\n```\n\n   ~~~\n   <Tag />\n   ~~~';
		assert.equal(convert(body), body);
		assert.equal(convert('a `` <x> ` `` b'), 'a `` <x> ` `` b');
		assert.equal(convert('text \\{ escaped \\<'), 'text \\{ escaped \\<');
		assert.equal(
			convert('`POST /<IG_ID>/media` then <ErrorLink id="2207026" />'),
			'`POST /<IG_ID>/media` then [`2207026`](https://example.org/ref/errors/2207026/)',
		);
	});

	it('fails on any other JSX, expression or ESM, naming the file and line', () => {
		assert.throws(() => convert('ok\n\n<Aside>note</Aside>'), /content\/errors\/x\.mdx:3: "<Aside>" element/);
		assert.throws(() => convert('<div>raw</div>'), /x\.mdx:1: "<div>" element/);
		assert.throws(() => convert('two {1 + 1}'), /x\.mdx:1: "\{1 \+ 1\}" \(an MDX expression\)/);
		assert.throws(() => convert("import Foo from './foo.astro';"), /"import" statement/);
		assert.throws(() => convert('export const a = 1;'), /"export" statement/);
		assert.throws(() => convert('a <b'), /x\.mdx:1: not valid MDX/);
	});

	it('turns a known component into its Markdown form, with its attributes and converted children', () => {
		const components = {
			Note: (props: Readonly<Record<string, unknown>>, children: string) =>
				`> **${String(props['kind'])} ${String(props['step'])} ${String(props['open'])}:** ${children}`,
		};
		assert.equal(
			mdxBodyToMarkdown(
				'<Note kind="tip" step={2} open>\nSee <ErrorLink id="2207026" /> and `<IG_ID>`.\n</Note>',
				'g.mdx',
				site,
				components,
			),
			'> **tip 2 true:** See [`2207026`](https://example.org/ref/errors/2207026/) and `<IG_ID>`.',
		);
		assert.throws(
			() => mdxBodyToMarkdown('<Note step={a + 1} />', 'g.mdx', site, components),
			/g\.mdx:1: "step=\{a \+ 1\}" \(an expression in an attribute\)/,
		);
		assert.throws(
			() => mdxBodyToMarkdown('<Other />', 'g.mdx', site, components),
			/"<Other>" element\. A body may use only components that have a Markdown form \(<ErrorLink>, <Note>\)/,
		);
	});

	it('accepts every published body and FAQ answer', () => {
		for (const e of errors) assert.doesNotThrow(() => mdxBodyToMarkdown(e.body, e.file, site), e.file);
		for (const f of faq) assert.doesNotThrow(() => mdxBodyToMarkdown(f.body, f.file, site), f.file);
	});
});

describe('a guide as Markdown', () => {
	const facets = facetsOf(errors);
	const known = { guides: guides.map((g) => g.id), faq: faq.map((f) => f.id) };
	const markdown = (guide: (typeof guides)[number]) =>
		guideMarkdown(
			{
				id: guide.id,
				title: guide.data.title,
				description: guide.data.description,
				body: guide.body,
				url: site.absolute(guidePath(guide.id)),
			},
			site,
			guideMarkdownComponents(site, facets, guidePath(guide.id), known),
		);

	it('every guide has one: its components become Markdown, with no JSX left', () => {
		assert.ok(guides.length >= 3);
		for (const guide of guides) {
			const md = markdown(guide);
			assert.doesNotMatch(md.replace(/`[^`]*`/g, '').replace(/```[\s\S]*?```/g, ''), /<[A-Z][A-Za-z]*[\s/>]/, guide.id);
		}
	});

	it('counts, stage sections and the retry table carry the same figures as the page', () => {
		const flow = guides.find((g) => g.body.includes('<StageSection'));
		assert.ok(flow);
		const sections = markdown(flow).split('\n## ');
		// (the publishing flow's guide has a section for the flow's stages and those beside it, not the other areas')
		for (const { item, entries } of facets.stage.filter((s) => s.count > 0 && s.item.group !== 'area')) {
			const part = sections.find((text) => text.replace(/^\d+\. /, '').startsWith(`${item.label}\n`));
			assert.ok(part, item.id);
			assert.ok(part.includes(`**${entries.length}** error`), item.id);
			for (const e of entries) assert.ok(part.includes(site.absolute(errorPath(e.id))), `${item.id}: ${e.id}`);
		}
		const retry = guides.find((g) => g.body.includes('<RetryTable'));
		assert.ok(retry);
		const rows = markdown(retry)
			.split('\n')
			.filter((l) => l.startsWith('| [`'));
		assert.equal(rows.length, errors.length);
	});
});

describe('an error page as Markdown', () => {
	for (const entry of errors) {
		it(`${entry.id}: carries the page's facts`, () => {
			const md = errorMarkdown(entry, site);
			const text = unescape(md);
			const { data } = entry;
			assert.ok(md.startsWith(`# ${escapeText(`${data.code}: ${data.title}`)}\n`), 'title line');
			assert.ok(text.includes(data.description), 'description');
			assert.ok(text.includes(`**Action:** ${getAction(data.action).label}.`), 'action label');
			assert.ok(text.includes(getCategory(data.category).label), 'category label');
			for (const m of data.messages) assert.ok(md.includes(codeSpan(m.text)), `message ${m.text}`);
			for (const line of data.dont) assert.ok(text.includes(line), `dont ${line}`);
			for (const line of data.collect) assert.ok(text.includes(line), `collect ${line}`);
			assert.ok(text.includes(data.customerMessage), 'customer message');
			assert.ok(
				md.includes(`Last checked against Meta's documentation:** ${data.updated.toISOString().slice(0, 10)}`),
				'updated',
			);
			assert.ok(md.includes(`https://example.org/ref/errors/${entry.id}/`), 'page URL with base');
			assert.ok(!/<ErrorLink/.test(md), 'no MDX left');
			for (const change of data.changes) assert.ok(text.includes(change.note), `change ${change.note}`);
		});
	}
});

describe('lists as Markdown', () => {
	it('a category lists its entries with absolute links', () => {
		const category = getCategory('media-format');
		const entries = errors.filter((e) => e.data.category === 'media-format');
		const md = categoryMarkdown(category, entries, site);
		assert.ok(md.startsWith('# Media Format errors\n'));
		for (const e of entries) assert.ok(md.includes(`(https://example.org/ref/errors/${e.id}/)`), e.id);
		assert.match(categoryMarkdown(category, [], site), /No error is filed under this category yet\./);
	});

	it('the FAQ has every question and short answer', () => {
		const md = unescape(faqMarkdown(faq, site));
		for (const f of faq) {
			assert.ok(md.includes(`## ${f.data.question}`), f.id);
			assert.ok(md.includes(f.data.short), f.id);
		}
	});
});

describe('llms.txt', () => {
	it('follows the convention: H1, blockquote, then sections of links', () => {
		const txt = llmsTxt(site, 'Intro paragraph.', [
			{
				title: 'Errors',
				links: [{ title: '190: Token expired', url: 'https://example.org/ref/errors/190.md', summary: 'A line.' }],
			},
			{ title: 'Empty', links: [] },
		]);
		assert.equal(
			txt,
			'# Test reference\n\n> A summary.\n\nIntro paragraph.\n\n## Errors\n\n- [190: Token expired](https://example.org/ref/errors/190.md): A line.\n',
		);
	});

	it('llms-full.txt holds every entry once, separated by rules', () => {
		const full = llmsFullTxt(site, errors);
		for (const e of errors)
			assert.equal(full.split(`\n# ${escapeText(`${e.data.code}: ${e.data.title}`)}\n`).length, 2, e.id);
		assert.ok(full.split('\n\n---\n\n').length >= errors.length);
	});
});
