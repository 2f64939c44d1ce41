/**
 * The Markdown versions in the built site: each error's `.md` carries the facts of its page
 * (code, title, action, every message text, the page URL), leaks no MDX, and is linked from the
 * page's head and body; every guide has one too. Expected values come from the built /errors.json.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtExport, fileOfUrl, readBuilt, unescapeMarkdown } from '../fixtures/built-site.ts';
import { guides } from '../fixtures/content.ts';

const data = builtExport();
const actionLabel = new Map(data.taxonomy.actions.map((a) => [a.id, a.label]));
const categoryLabel = new Map(data.taxonomy.categories.map((a) => [a.id, a.label]));
const pageFile = (url: string) => fileOfUrl(url) ?? assert.fail(`${url} is not a built page`);

describe('/errors/<id>.md', () => {
	for (const record of data.errors) {
		it(`${record.id}: round-trips the entry's facts`, () => {
			const md = readBuilt(`errors/${record.id}.md`);
			const text = unescapeMarkdown(md);
			assert.equal(text.split('\n')[0], `# ${record.code}: ${record.title}`);
			assert.ok(text.includes(record.description), 'description');
			assert.ok(text.includes(`**Action:** ${actionLabel.get(record.action)}.`), 'action label');
			assert.ok(text.includes(`**Category:** [${categoryLabel.get(record.category)}]`), 'category');
			assert.ok(md.includes(`\`${record.code}\``), 'code');
			for (const m of record.messages) assert.ok(md.includes(m.text), `message text: ${m.text}`);
			assert.ok(md.includes(`Last checked against Meta's documentation:** ${record.updated}`), 'updated');
			const page = /\*\*Page:\*\* (\S+)/.exec(md)?.[1] ?? '';
			assert.equal(pageFile(page), `errors/${record.id}/index.html`, 'page URL');
			assert.doesNotMatch(md, /<ErrorLink|^import |^export /m, 'no MDX');
		});
	}

	it('every link in the Markdown files to this site resolves to a built file', () => {
		const origin = new URL(/\*\*Page:\*\* (\S+)/.exec(readBuilt(`errors/${data.errors[0]!.id}.md`))![1]!).origin;
		const files = [
			...data.errors.map((e) => `errors/${e.id}.md`),
			'errors.md',
			'faq.md',
			...data.taxonomy.categories.map((c) => `categories/${c.id}.md`),
			...guides.map((g) => `guides/${g.id}.md`),
		];
		for (const file of files) {
			for (const [, url] of readBuilt(file).matchAll(/\]\((\S+?)\)/g)) {
				if (url!.startsWith(origin)) assert.ok(fileOfUrl(url!), `${file}: ${url}`);
			}
		}
	});
});

describe('links to the Markdown version', () => {
	for (const record of data.errors.slice(0, 5)) {
		it(`${record.id}: the page links its .md in the head and near the title`, () => {
			const html = readBuilt(`errors/${record.id}/index.html`);
			const head = html.slice(0, html.indexOf('</head>'));
			const alternate = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(head)?.[1];
			assert.equal(alternate && fileOfUrl(alternate), `errors/${record.id}.md`);
			const visible = /<a href="([^"]+)" type="text\/markdown">\s*Markdown\s*<\/a>/.exec(html)?.[1];
			assert.equal(visible && fileOfUrl(visible), `errors/${record.id}.md`);
			assert.match(html, /data-copy="markdown"/);
		});
	}

	it('category, index, FAQ and guide pages link theirs', () => {
		for (const [page, md] of [
			['errors/index.html', 'errors.md'],
			['faq/index.html', 'faq.md'],
			...guides.map((g) => [`guides/${g.id}/index.html`, `guides/${g.id}.md`]),
			...data.taxonomy.categories.map((c) => [`categories/${c.id}/index.html`, `categories/${c.id}.md`]),
		] as const) {
			const alternate = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(readBuilt(page))?.[1];
			assert.equal(alternate && fileOfUrl(alternate), md, page);
		}
	});
});

describe('edit and report links (in a build with REPOSITORY_URL; without it, pages have neither)', () => {
	for (const record of data.errors.slice(0, 5)) {
		it(`${record.id}: links its source file and a prefilled issue carrying its id and URL`, () => {
			const html = readBuilt(`errors/${record.id}/index.html`);
			assert.match(
				html,
				new RegExp(`Last checked against Meta's documentation on <time datetime="${record.updated}">`),
			);
			if (!html.includes('>Edit this page</a>')) {
				assert.doesNotMatch(html, />Report a problem with this page</);
				return;
			}
			const edit = /<a href="([^"]+)">Edit this page<\/a>/.exec(html)?.[1] ?? '';
			assert.match(edit, new RegExp(`/edit/[^/]+/content/errors/${record.id}\\.mdx$`));
			const report = (/<a href="([^"]+)">Report a problem with this page<\/a>/.exec(html)?.[1] ?? '').replace(
				/&amp;/g,
				'&',
			);
			const url = new URL(report);
			assert.ok(url.pathname.endsWith('/issues/new'), report);
			assert.equal(
				new URL(edit).origin + new URL(edit).pathname.split('/edit/')[0],
				url.origin + url.pathname.replace(/\/issues\/new$/, ''),
				'same repository',
			);
			const body = url.searchParams.get('body') ?? '';
			assert.equal(url.searchParams.get('title'), `Problem on page ${record.id}`, 'id');
			assert.equal(fileOfUrl(/Page: (\S+)/.exec(body)?.[1] ?? ''), `errors/${record.id}/index.html`, 'page URL');
		});
	}
});
