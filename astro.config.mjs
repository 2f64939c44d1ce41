// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import shortLinks from './src/integrations/short-links.ts';
import sitemap from './src/integrations/sitemap.ts';

/**
 * SITE_URL: the public origin the site is deployed at; canonical URLs, the sitemap and
 * Open Graph tags are built from it. BASE_PATH: a sub-path such as `/errors-ref` when the
 * site is not served from the domain root (GitHub project pages).
 */
const site = process.env.SITE_URL ?? 'https://instagram-api-errors.example';
const base = process.env.BASE_PATH ?? '/';

/**
 * REPOSITORY_URL (and REPOSITORY_BRANCH, default `main`): the repository the site is built from.
 * Every "Edit this page" and "Report a problem" link is built from it, so a fork links to its
 * own files and issues. Defined in src/lib/site.ts, where the pages read it.
 */
export { REPOSITORY } from './src/lib/site.ts';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Collapse whitespace but keep one space at line breaks ('jsx' would drop it between inline elements).
	compressHTML: true,
	build: {
		format: 'directory',
		// Small pages stay one request: CSS under this size is inlined into the HTML.
		inlineStylesheets: 'auto',
	},
	// Code samples are short and plain; no highlighter keeps error pages a few kilobytes.
	markdown: { syntaxHighlight: false },
	// The sitemap reads the pages Astro built; Pagefind indexes them before the short links are
	// written, so it never reads the two redirect pages per error (they carry nothing to index).
	// MDX `optimize` writes each body's static parts as HTML strings (about a tenth off page
	// generation at 5,000 entries); h2 and pre stay elements, so the page's components map them.
	integrations: [mdx({ optimize: { ignoreElementNames: ['h2', 'pre'] } }), sitemap(), pagefind(), shortLinks()],
	vite: {
		plugins: [tailwindcss()],
		build: {
			// Never inline scripts or styles into the HTML: the Content-Security-Policy (public/_headers) allows only files from 'self'.
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
