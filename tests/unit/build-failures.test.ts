/**
 * Bad frontmatter must fail the build with a message that names the file and the field.
 * Each case builds a tiny site (this project's collections and entry checks, fixture content).
 * The cross-entry checks report every problem at once, so one build covers all of them.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { entryWith, validEntry } from '../fixtures/entries.ts';
import { BODY_SECTIONS } from '../../src/lib/error-sections.ts';
import { buildSite, makeTinySite, removeTempSites } from '../fixtures/temp-site.ts';

after(removeTempSites);

function mdx(data: Record<string, unknown>): string {
	const body = BODY_SECTIONS.map((s) => `## ${s.text}\n\nFixture.\n`).join('\n');
	return `---\n${stringify(data)}---\n\n${body}`;
}

/** Build a site whose content/errors holds `files`; return the build's exit status and output. */
const build = (files: Record<string, string>) => buildSite(makeTinySite(files));

const { title: _omitted, ...withoutTitle } = validEntry;

const cases: { name: string; files: Record<string, string>; expect: RegExp[] }[] = [
	{
		name: 'a missing required field',
		files: { '2207026.mdx': mdx(withoutTitle) },
		expect: [/2207026\.mdx/, /title/],
	},
	{
		name: 'an unknown category',
		files: { '2207026.mdx': mdx(entryWith({ category: 'media-formats' })) },
		expect: [/2207026\.mdx/, /category: Invalid option/],
	},
	{
		name: 'a duplicate code, a duplicate subcode, a broken cross-reference and a page title too long for a search result (all in one report)',
		files: {
			'2207026.mdx': mdx(entryWith({ related: ['2207999'] })),
			'copy.mdx': mdx(entryWith({ graph: [], messages: [{ text: 'another text', field: 'message', source: 'seed' }] })),
			'nested/other.mdx': mdx(entryWith({ code: 'other', graph: [{ code: 1, subcode: 2207026 }], messages: [] })),
			'long.mdx': mdx(
				entryWith({
					code: 'long',
					title: 'A title that pushes the page title past what a search result shows',
					graph: [{ code: 2 }],
					messages: [],
				}),
			),
		},
		expect: [
			/Content check failed \(4 problems\)/,
			/content\/errors\/long\.mdx: title makes the page title \d+ characters/,
			/content\/errors\/2207026\.mdx: related\[0\] "2207999" is not a known error/,
			/content\/errors\/copy\.mdx: code "2207026" is already the code of content\/errors\/2207026\.mdx/,
			/content\/errors\/nested\/other\.mdx: graph\[0\] 1 \/ 2207026 is already claimed by content\/errors\/2207026\.mdx/,
		],
	},
];

describe('the build rejects bad frontmatter', () => {
	it('builds the valid fixture (the control case)', () => {
		const { status, output } = build({ '2207026.mdx': mdx(validEntry) });
		assert.equal(status, 0, output);
	});
	for (const c of cases) {
		it(`fails on ${c.name}, naming the file and the field`, () => {
			const { status, output } = build(c.files);
			assert.notEqual(status, 0, 'the build should have failed');
			for (const pattern of c.expect) assert.match(output, pattern);
		});
	}
});
