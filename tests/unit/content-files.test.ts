import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readFiles } from '../../src/lib/content-files.ts';
import type { Problem } from '../../src/lib/validate.ts';

const root = mkdtempSync(join(tmpdir(), 'content-files-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text = '---\ntitle: x\n---\nbody\n') => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};

describe('content files (the rules the site and the scripts share)', () => {
	write('content/errors/190.mdx');
	write('content/errors/media/2207026.mdx');
	write('content/errors/_draft.mdx');
	write('content/errors/media/_partial.mdx');
	write('content/errors/notes.md');
	write('content/errors/other/190.mdx');
	write('content/errors/broken.mdx', 'no frontmatter');
	const problems: Problem[] = [];
	const files = readFiles('errors', problems, root);

	it('reads nested folders, skips drafts and other files, and ids are file names', () => {
		assert.deepEqual(
			files.map((f) => [f.id, f.file]),
			[
				['190', 'content/errors/190.mdx'],
				['2207026', 'content/errors/media/2207026.mdx'],
			],
		);
		assert.deepEqual(files[0]!.data, { title: 'x' });
	});
	it('reports a duplicate id and a missing frontmatter', () => {
		assert.deepEqual(
			problems.map((p) => `${p.file}: ${p.field}`),
			['content/errors/broken.mdx: frontmatter', 'content/errors/other/190.mdx: file name'],
		);
	});
});
