/**
 * Writes the short-link redirect pages after the build (see src/lib/short-links.ts): for every
 * built error page `errors/<id>/`, `e/<id>/` and, unless the id is reserved, `<id>/`. The target's
 * canonical URL and its "code: title" come from the error page's own head, so a short link always
 * agrees with the page it leads to. Fails the build rather than overwrite an existing page.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHead } from '../lib/html-head.ts';
import { withBase } from '../lib/paths.ts';
import { errorLabelFromTitle } from '../lib/seo.ts';
import { redirectPage, shortLinks } from '../lib/short-links.ts';
import { readStart } from './built-pages.ts';

export default function shortLinkPages(): AstroIntegration {
	let base = '/';
	return {
		name: 'ig-errors:short-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const errorsDir = join(root, 'errors');
				const ids = readdirSync(errorsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
				const links = ids.flatMap((id) => {
					const head = readHead(readStart(join(errorsDir, id, 'index.html')));
					if (!head.canonical || !head.title) throw new Error(`short links: errors/${id}/index.html has no canonical URL or title`);
					const page = { to: withBase(`/errors/${id}/`, base), canonical: head.canonical, label: errorLabelFromTitle(head.title) };
					return shortLinks([id]).map((link) => ({ ...link, ...page }));
				});
				for (const link of links) {
					const folder = join(root, link.path);
					mkdirSync(folder, { recursive: true });
					try {
						// 'wx': never overwrite; an existing file means the id collides with a page of the site.
						writeFileSync(join(folder, 'index.html'), redirectPage({ from: withBase(link.path, base), to: link.to, canonical: link.canonical, label: link.label }), { flag: 'wx' });
					} catch (error) {
						if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
						throw new Error(`short links: ${link.path} would overwrite a page of the site; reserve it in src/lib/short-links.ts`);
					}
				}
				logger.info(`short links: ${links.length} redirect pages for ${ids.length} errors`);
			},
		},
	};
}
