/**
 * The search index, built after `astro build` as its own step (`npm run build`), so the build's
 * peak memory is Astro's or Pagefind's, never both. Writes `<dist>/pagefind/`.
 *
 * What is indexed is decided in the markup: only elements marked `data-pagefind-body` (the error
 * page's <article>, each FAQ entry) count, so index, category and home pages never compete with
 * an error page; the copy buttons and heading anchors inside them are excluded here. Any error Pagefind reports, or an index with no page, fails the step.
 *   node --experimental-strip-types scripts/pagefind.ts [dist]
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGEFIND_INCLUDE_CHARACTERS } from '../src/lib/search/index-settings.ts';

/** Where the bundle is written, relative to the build output (and so to the site's base). */
export const PAGEFIND_DIR = 'pagefind';

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/** Indexes the built site in `dist`; returns how many pages are in the index and how many HTML files were read. */
export async function buildIndex(dist: string): Promise<{ indexed: number; read: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({
			forceLanguage: 'en',
			// Keep REVOKED_ACCESS_TOKEN and similar identifiers one searchable word.
			includeCharacters: PAGEFIND_INCLUDE_CHARACTERS,
			// Controls repeated under every heading ("Copy link", "#"), left out here rather than marked
			// one by one in the markup.
			excludeSelectors: ['copy-button', '.heading-anchor'],
		});
		if (!index || errors.length > 0) fail('createIndex', errors);
		const added = await index.addDirectory({ path: dist });
		if (added.errors.length > 0) fail('addDirectory', added.errors);
		const bundle = join(dist, PAGEFIND_DIR);
		const written = await index.writeFiles({ outputPath: bundle });
		if (written.errors.length > 0) fail('writeFiles', written.errors);
		// addDirectory counts every HTML file it read; the entry file counts the pages actually indexed.
		const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
		if (indexed === 0) fail('indexing', ['no page carries data-pagefind-body']);
		return { indexed, read: added.page_count };
	} finally {
		await pagefind.close();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dist = resolve(process.argv[2] ?? 'dist');
	const started = performance.now();
	const { indexed, read } = await buildIndex(dist);
	console.log(
		`pagefind: indexed ${indexed} of ${read} pages into ${PAGEFIND_DIR}/ in ${Math.round(performance.now() - started)} ms`,
	);
}
