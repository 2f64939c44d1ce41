// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import plainDynamicImports from './src/integrations/plain-dynamic-imports.ts';
import previewHeaders from './src/integrations/preview-headers.ts';
import { loadContent } from './src/lib/content.ts';
import { isoDate } from './src/lib/format.ts';
import { pageDates } from './src/lib/seo.ts';
import { shortLinkRedirects } from './src/lib/short-links.ts';

/**
 * SITE_URL: the public origin the site is deployed at; canonical URLs, the sitemap and
 * Open Graph tags are built from it. BASE_PATH: a sub-path such as `/errors-ref/` when the
 * site is not served from the domain root (GitHub project pages).
 */
const site = process.env.SITE_URL ?? 'https://instagram-api-errors.example';
const base = process.env.BASE_PATH ?? '/';

/**
 * REPOSITORY_URL (and REPOSITORY_BRANCH, default `main`): the repository the site is built from.
 * Every "Edit this page", "Report a problem" and "Source" link is built from it, so a fork links to
 * its own files and issues; without it those links are left out. Defined in src/lib/site.ts, where
 * the pages read it.
 */
export { REPOSITORY } from './src/lib/site.ts';
// The entry files, read with the site's own rules: the sitemap's dates come from them, and the
// short links (redirect pages, src/pages/[...short].astro) are kept out of it.
// A file that fails its schema is left out here; the build reports it, naming file and field, and
// runs the checks across entries, so they are not run twice.
const content = loadContent(undefined, { check: false });
const redirects = shortLinkRedirects(
	content.errors.map((e) => e.id),
	base,
);
const dates = pageDates(content);
const root = new URL(base, site).href;
/** Site path (without base) of an absolute URL on this site. */
const sitePath = (/** @type {string} */ url) => `/${url.slice(root.length)}`;
const redirectPaths = new Set(Object.keys(redirects).map((from) => `${from}/`));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Collapse whitespace but keep one space at line breaks ('jsx' would drop it between inline elements).
	compressHTML: true,
	build: {
		format: 'directory',
		// The Content-Security-Policy (public/_headers, style-src 'self') blocks <style> elements, so
		// every stylesheet stays a file, however small.
		inlineStylesheets: 'never',
	},
	// Code samples are short and plain; no highlighter keeps error pages a few kilobytes.
	markdown: { syntaxHighlight: false },
	integrations: [
		// `optimize` writes each body's static parts as HTML strings (about a tenth off page generation
		// at 5,000 entries); h2 and pre stay elements, so the pages' components can replace them.
		mdx({ optimize: { ignoreElementNames: ['h2', 'pre'] } }),
		sitemap({
			filter: (url) => !redirectPaths.has(sitePath(url)),
			serialize: (item) => {
				const date = dates.get(sitePath(item.url));
				return date ? { ...item, lastmod: isoDate(date) } : item;
			},
		}),
		previewHeaders(),
	],
	vite: {
		plugins: [tailwindcss(), plainDynamicImports()],
		build: {
			// Astro writes a script smaller than this limit into the page; the Content-Security-Policy
			// (script-src 'self', public/_headers) blocks inline scripts, so every script stays a file.
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Astro's MDX modules start with "use astro:head-inject", which Rolldown warns about once per entry; it is intended.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
