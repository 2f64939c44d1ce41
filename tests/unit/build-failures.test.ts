/**
 * Bad frontmatter must fail the build with a message that names the file and the field.
 * Each case builds a tiny site (this project's src/ and config, fixture content) with Astro.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { entryWith, validEntry } from '../fixtures/entries.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function mdx(data: Record<string, unknown>): string {
	return `---\n${stringify(data)}---\n\n## What happened\n\nFixture.\n`;
}

/** Build a site whose content/errors holds `files`; return the build's exit status and output. */
function build(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'ig-errors-fixture-'));
	made.push(dir);
	// src/ is copied, not linked: Astro cannot compile a component's <script> reached through a symlink.
	cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
	for (const name of ['node_modules', 'public']) symlinkSync(join(root, name), join(dir, name));
	for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name));
	mkdirSync(join(dir, 'content/errors'), { recursive: true });
	mkdirSync(join(dir, 'content/faq'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/errors', name), text);
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 120_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

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
		name: 'a duplicate code',
		files: {
			'2207026.mdx': mdx(validEntry),
			'copy.mdx': mdx(entryWith({ graph: [], messages: [{ text: 'another text', field: 'message', source: 'seed' }] })),
		},
		expect: [/content\/errors\/copy\.mdx: code "2207026" is already the code of content\/errors\/2207026\.mdx/],
	},
	{
		name: 'a duplicate subcode',
		files: {
			'2207026.mdx': mdx(validEntry),
			'other.mdx': mdx(entryWith({ code: 'other', graph: [{ code: 1, subcode: 2207026 }], messages: [] })),
		},
		expect: [/content\/errors\/other\.mdx: graph\[0\] 1 \/ 2207026 is already claimed by content\/errors\/2207026\.mdx/],
	},
	{
		name: 'a broken cross-reference',
		files: { '2207026.mdx': mdx(entryWith({ related: ['2207999'] })) },
		expect: [/content\/errors\/2207026\.mdx: related\[0\] "2207999" is not a known error/],
	},
];

describe('the build rejects bad frontmatter', { concurrency: 1 }, () => {
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
