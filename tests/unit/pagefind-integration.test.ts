/**
 * The Pagefind integration, run on tiny built sites: it indexes only pages marked
 * data-pagefind-body, writes the bundle into the output folder, and fails the build otherwise.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import pagefindIntegration, { PAGEFIND_DIR } from '../../src/integrations/pagefind.ts';

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'pagefind-integration-'));
	made.push(dir);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

async function buildDone(dir: string) {
	const logged: string[] = [];
	const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
	const hook: BuildDone | undefined = pagefindIntegration().hooks['astro:build:done'];
	assert.ok(hook);
	// The hook uses `dir` and `logger.info`; a stand-in logger records what it says.
	await hook({ dir: pathToFileURL(`${dir}/`), pages: [], assets: new Map(), logger: logger as unknown as Parameters<BuildDone>[0]['logger'] });
	return logged;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('the Pagefind integration', () => {
	it('indexes the marked pages into <outDir>/pagefind and says how many', async () => {
		const dir = site({
			'errors/2207026/index.html': page('<nav>All errors</nav><article data-pagefind-body><h1>2207026</h1><p>Unsupported video format</p></article>'),
			'errors/index.html': page('<h1>All errors</h1><p>2207026</p>'),
		});
		const logged = await buildDone(dir);
		const entry = JSON.parse(readFileSync(join(dir, PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8'));
		assert.equal(entry.languages.en.page_count, 1);
		assert.ok(entry.include_characters.includes('_'), 'underscores are kept inside words');
		assert.ok(existsSync(join(dir, PAGEFIND_DIR, 'pagefind.js')));
		assert.match(logged.join('\n'), /Indexed 1 of 2 pages/);
	});

	it('fails the build when there is nothing to index', async () => {
		const dir = site({});
		await assert.rejects(buildDone(dir), /Pagefind .* failed/);
	});
});
