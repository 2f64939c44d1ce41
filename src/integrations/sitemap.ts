/**
 * Writes sitemap.xml after the build, from the pages that were built (see src/lib/sitemap.ts):
 * every indexable HTML page at its canonical URL, with the date it declares. Fails the build
 * if an indexable page has no canonical URL, since it could not be listed correctly.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHead, sitemapUrls, sitemapXml, type PageHead } from '../lib/sitemap.ts';

/** Build output that holds no pages of ours. */
const SKIP_DIRS = new Set(['_astro', 'pagefind']);

async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const item of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, item.name);
		if (item.isDirectory()) {
			if (!SKIP_DIRS.has(item.name)) out.push(...(await htmlFiles(path)));
		} else if (item.name.endsWith('.html')) out.push(path);
	}
	return out;
}

export default function sitemap(): AstroIntegration {
	return {
		name: 'ig-errors:sitemap',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await htmlFiles(root);
				const heads: PageHead[] = [];
				const missing: string[] = [];
				for (const file of files) {
					const head = readHead(await readFile(file, 'utf8'));
					if (!head.noindex && !head.canonical) missing.push(relative(root, file));
					heads.push(head);
				}
				if (missing.length > 0) {
					throw new Error(`sitemap: indexable pages without a canonical URL: ${missing.join(', ')}`);
				}
				const urls = sitemapUrls(heads);
				await writeFile(join(root, 'sitemap.xml'), sitemapXml(urls));
				logger.info(`sitemap.xml: ${urls.length} pages (${files.length - urls.length} redirects and noindex pages left out)`);
			},
		},
	};
}
