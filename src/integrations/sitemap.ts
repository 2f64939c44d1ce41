/**
 * Writes sitemap.xml after the build, from the pages that were built (see src/lib/sitemap.ts):
 * every indexable HTML page at its canonical URL, with the date it declares. Fails the build if
 * an indexable page has no canonical URL, since it could not be listed correctly.
 */
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHead } from '../lib/html-head.ts';
import { sitemapUrls, sitemapXml } from '../lib/sitemap.ts';
import { htmlFiles, readStart } from './built-pages.ts';

export default function sitemap(): AstroIntegration {
	return {
		name: 'ig-errors:sitemap',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = htmlFiles(root);
				const heads = files.map((file) => readHead(readStart(file)));
				const missing = files.filter((_, i) => !heads[i]!.noindex && !heads[i]!.canonical).map((f) => relative(root, f));
				if (missing.length > 0) throw new Error(`sitemap: indexable pages without a canonical URL: ${missing.join(', ')}`);
				const urls = sitemapUrls(heads);
				await writeFile(join(root, 'sitemap.xml'), sitemapXml(urls));
				logger.info(`sitemap.xml: ${urls.length} pages (${files.length - urls.length} noindex pages left out)`);
			},
		},
	};
}
