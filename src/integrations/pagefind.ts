/**
 * Builds the Pagefind search index inside `astro build`, through Pagefind's Node API, once
 * every page is written (`astro:build:done`). The index lands in `<outDir>/pagefind/` and
 * nowhere else: it is never committed and never copied into `public/`.
 *
 * What is indexed is decided in the markup: only elements marked `data-pagefind-body` (the
 * error page's <article>, each FAQ entry) count, so index, category and home pages never
 * compete with an error page. Any error Pagefind reports fails the build.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_INCLUDE_CHARACTERS } from '../lib/search-query.ts';

/** Where the bundle is written, relative to the build output (and so to the site's base). */
export const PAGEFIND_DIR = 'pagefind';

/** Pages actually in the index: addDirectory counts every HTML file it read, indexed or not. */
async function indexedPages(bundleDir: string): Promise<number> {
	const entry = JSON.parse(await readFile(`${bundleDir}/pagefind-entry.json`, 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'site:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex({
						forceLanguage: 'en',
						// Keep REVOKED_ACCESS_TOKEN and similar identifiers one searchable word.
						includeCharacters: PAGEFIND_INCLUDE_CHARACTERS,
					});
					if (!index || errors.length > 0) fail('createIndex', errors);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length > 0) fail('addDirectory', added.errors);
					const bundleDir = `${outDir}${PAGEFIND_DIR}`;
					const written = await index.writeFiles({ outputPath: bundleDir });
					if (written.errors.length > 0) fail('writeFiles', written.errors);
					const pages = await indexedPages(bundleDir);
					if (pages === 0) fail('indexing', ['no page carries data-pagefind-body']);
					logger.info(
						`Indexed ${pages} of ${added.page_count} pages into ${PAGEFIND_DIR}/ in ${Math.round(performance.now() - started)} ms`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
