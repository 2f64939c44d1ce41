/**
 * Writes the short-link redirect pages after the build (see src/lib/short-links.ts): for every
 * built error page `errors/<id>/`, `e/<id>/` and, unless the id is reserved, `<id>/`. The target's
 * canonical URL and its "code: title" come from the error page's own head, so a short link always
 * agrees with the page it leads to. Fails the build rather than overwrite an existing page.
 */
import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHead } from '../lib/html-head.ts';
import { withBase } from '../lib/paths.ts';
import { errorLabelFromTitle } from '../lib/seo.ts';
import { redirectPage, shortLinks } from '../lib/short-links.ts';
import { inBatches, readStart } from './built-pages.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

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
				const ids = (await readdir(errorsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
				const targets = await inBatches(ids, async (id) => ({ id, head: readHead(await readStart(join(errorsDir, id, 'index.html'))) }));
				const links = targets.flatMap(({ id, head }) => {
					if (!head.canonical || !head.title) throw new Error(`short links: errors/${id}/index.html has no canonical URL or title`);
					const page = { to: withBase(`/errors/${id}/`, base), canonical: head.canonical, label: errorLabelFromTitle(head.title) };
					return shortLinks([id]).map((link) => ({ ...link, ...page }));
				});
				await inBatches(links, async (link) => {
					const folder = join(root, link.path);
					const file = join(folder, 'index.html');
					if (await exists(file)) throw new Error(`short links: ${link.path} would overwrite a page of the site; reserve it in src/lib/short-links.ts`);
					await mkdir(folder, { recursive: true });
					await writeFile(file, redirectPage({ from: withBase(link.path, base), to: link.to, canonical: link.canonical, label: link.label }));
				});
				logger.info(`short links: ${links.length} redirect pages for ${ids.length} errors`);
			},
		},
	};
}
