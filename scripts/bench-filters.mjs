/**
 * Figures for the error filters, from the built site (run `npx astro build` first):
 * the filter script's size, which pages load it (never an error page), what the index and a
 * category page cost at load, and how long one full recount of the filters takes.
 *   node --experimental-strip-types scripts/bench-filters.mjs
 * Exports `benchFilters()` so a combined bench script can call it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
	);
}

/** Bytes a page fetches before interaction: the HTML, its stylesheets and its module scripts. */
function pageLoad(file) {
	const html = readFileSync(file);
	const text = html.toString();
	const assets = [...text.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="([^"]+)"/g)].map(
		(m) => m[1] ?? '',
	);
	const base = process.env.BASE_PATH?.replace(/\/$/, '') ?? '';
	let total = gz(html);
	let js = 0;
	for (const url of assets) {
		const body = readFileSync(join(dist, url.slice(base.length)));
		total += gz(body);
		if (url.endsWith('.js')) js += gz(body);
	}
	return { requests: 1 + assets.length, total, js };
}

export async function benchFilters() {
	const pages = htmlFiles(dist);
	const index = readFileSync(join(dist, 'errors/index.html'), 'utf8');
	const src = /<script type="module" src="([^"]*ErrorFilters[^"]*)"/.exec(index)?.[1];
	if (!src) throw new Error('dist/errors/index.html loads no filter script: build the site first.');
	const script = readFileSync(join(dist, '_astro', src.split('/_astro/')[1] ?? ''));
	const loading = pages.filter((f) => readFileSync(f, 'utf8').includes(src)).map((f) => relative(dist, f));
	const errorPages = loading.filter((p) => /^errors\/[^/]+\/index\.html$/.test(p));

	console.log('Error filters');
	console.log(
		`  filter script            ${kb(script.length)} raw, ${kb(gz(script))} gzip (-9), loaded as a deferred module`,
	);
	console.log(`  pages that load it       ${loading.length}: ${loading.join(', ')}`);
	console.log(`  error pages that load it ${errorPages.length}`);
	for (const page of ['errors/index.html', 'categories/media-format/index.html']) {
		const { requests, total, js } = pageLoad(join(dist, page));
		console.log(`  ${page.padEnd(36)} ${requests} requests, ${kb(total)} gzip at load, JS ${kb(js)}`);
	}

	// One recount as the element does it: visible rows plus every option's count.
	const { loadContent } = await import('../src/lib/content.ts');
	const { matchesFilters, normalizeText, NO_FILTERS, FACET_KEYS } = await import('../src/lib/filters.ts');
	const rows = loadContent().errors.map((e) => ({
		...e.data,
		text: normalizeText([e.data.code, e.data.title, ...e.data.messages.map((m) => m.text)].join(' ')),
	}));
	const values = Object.fromEntries(FACET_KEYS.map((k) => [k, ['', ...new Set(rows.map((r) => r[k]))]]));
	const filters = { ...NO_FILTERS, action: rows[0].action, q: 'media' };
	const runs = 200;
	const start = performance.now();
	// Summed and printed so the work cannot be optimised away.
	let matched = 0;
	for (let i = 0; i < runs; i++) {
		matched += rows.filter((r) => matchesFilters(r, filters)).length;
		for (const key of FACET_KEYS)
			for (const v of values[key]) matched += rows.filter((r) => matchesFilters(r, { ...filters, [key]: v })).length;
	}
	console.log(
		`  one full recount         ${((performance.now() - start) / runs).toFixed(3)} ms for ${rows.length} rows (Node, mean of ${runs}; ${matched} matches)`,
	);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchFilters();
