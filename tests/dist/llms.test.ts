/** /llms.txt and /llms-full.txt in the built site: the llms.txt layout, every entry listed, every link resolving. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtExport, fileOfUrl, readBuilt, unescapeMarkdown } from '../fixtures/built-site.ts';
import { guides } from '../fixtures/content.ts';

const data = builtExport();

describe('/llms.txt', () => {
	const txt = readBuilt('llms.txt');
	const links = [...txt.matchAll(/^- \[((?:\\.|[^\]\\])+)\]\((\S+)\)(?:: (.+))?$/gm)].map((m) => ({
		title: m[1]!,
		url: m[2]!,
		summary: m[3],
	}));

	it('opens with an H1 and a blockquote summary, then H2 sections', () => {
		const lines = txt.split('\n');
		assert.match(lines[0]!, /^# \S/);
		assert.equal(lines[1], '');
		assert.match(lines[2]!, /^> \S/);
		assert.ok(/^## Errors$/m.test(txt));
		assert.ok(/^## Optional$/m.test(txt));
		assert.doesNotMatch(txt, /^#{3,} /m, 'only H1 and H2');
	});

	it("lists every entry's Markdown version with a one-line summary", () => {
		for (const record of data.errors) {
			const link = links.find((l) => fileOfUrl(l.url) === `errors/${record.id}.md`);
			assert.ok(link, record.id);
			assert.equal(unescapeMarkdown(link.title), `${record.code}: ${record.title}`);
			assert.equal(unescapeMarkdown(link.summary ?? ''), record.description);
		}
	});

	it("lists every guide's Markdown version", () => {
		for (const guide of guides)
			assert.ok(
				links.some((l) => fileOfUrl(l.url) === `guides/${guide.id}.md`),
				guide.id,
			);
	});

	it('links only files that exist', () => {
		for (const l of links) assert.ok(fileOfUrl(l.url), l.url);
	});
});

describe('/llms-full.txt', () => {
	it("holds every entry's Markdown", () => {
		const full = readBuilt('llms-full.txt');
		for (const record of data.errors) {
			const md = readBuilt(`errors/${record.id}.md`);
			assert.ok(full.includes(md.trim()), record.id);
		}
	});
});
