/**
 * Search benchmark: run after `npm run build`. Serves dist/ from a small local server and, in
 * headless Chromium, measures for each query:
 *   - the first search on a fresh visit: every byte fetched from pressing `/` on an error page
 *     until the first result shows (gzip size for text files, as a host would send them;
 *     Pagefind's own files are already compressed), the number of requests, and the time;
 *   - keystroke to results once search is loaded: from the query's last key to its results
 *     (the input's debounce included, as a visitor feels it).
 * Then the index on disk. Prints figures; asserts nothing (the Playwright specs do that).
 *
 * Options (environment): BENCH_RUNS (default 3, the median is shown), CHROMIUM_PATH, BASE_PATH.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { resolveChromium } from './lib/chromium.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const PAGE = 'errors/2207026/';
const QUERIES = ['2207026', '#2207026', 'subcode 2207026', 'REVOKED_ACCESS_TOKEN', 'session has been invalidated', 'caption is too long', 'aspect ratio', '4'];

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};
const isText = (path) => /\.(html|js|mjs|css|json|svg|xml|txt)$/.test(path);
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Serves dist/ under BASE, like a static host; records nothing itself. */
function serve() {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(BASE)) return res.writeHead(404).end();
		let path = normalize(join(DIST, decodeURIComponent(url.pathname.slice(BASE.length))));
		if (!path.startsWith(DIST)) return res.writeHead(403).end();
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) return res.writeHead(404).end();
		res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
		res.end(readFileSync(path));
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Resolves, in the page, with the time the first result for `query` is on screen (rejects after 20 s). */
function resultsShown(page, query) {
	return page.evaluate(
		(query) =>
			new Promise((resolve, reject) => {
				setTimeout(() => reject(new Error(`no results for "${query}" after 20 s`)), 20_000);
				const done = () => {
					const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
					const first = document.querySelector('pagefind-results [data-pf-result-index="0"] a');
					return new RegExp(`^\\d+ results? for ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(summary) && first;
				};
				if (done()) return resolve(performance.now());
				const observer = new MutationObserver(() => {
					if (!done()) return;
					observer.disconnect();
					resolve(performance.now());
				});
				observer.observe(document.body, { subtree: true, childList: true, characterData: true });
			}),
		query,
	);
}

/** Last-keydown time, recorded in the page. */
const trackKeys = (page) =>
	page.evaluate(() => {
		window.__lastKey = 0;
		document.addEventListener('keydown', (e) => (window.__lastKey = e.timeStamp), true);
	});

async function firstSearch(browser, origin, query) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}${BASE}${PAGE}`, { waitUntil: 'networkidle' });
	const fetched = [];
	page.on('response', async (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin) return fetched.push({ path: url.href, transfer: 0, raw: 0 });
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({ path: url.pathname, raw: body.length, transfer: isText(url.pathname) ? gz(body) : body.length });
	});
	await trackKeys(page);
	const shown = resultsShown(page, query);
	const start = await page.evaluate(() => performance.now());
	await page.keyboard.press('/');
	await page.keyboard.type(query);
	const end = await shown;
	await page.waitForLoadState('networkidle');
	const firstMs = end - start;

	// Warm: type all but the last key, let it settle, then time the last key to its results.
	const box = page.getByRole('dialog').getByRole('searchbox');
	await box.fill('');
	const prefix = query.slice(0, -1);
	if (prefix.trim()) {
		await box.pressSequentially(prefix);
		await resultsShown(page, prefix).catch(() => 0);
	} else {
		await box.pressSequentially(prefix);
		await page.waitForTimeout(300);
	}
	const warm = resultsShown(page, query);
	await page.keyboard.press(query.slice(-1) === ' ' ? 'Space' : query.slice(-1));
	const warmEnd = await warm;
	const warmMs = warmEnd - (await page.evaluate(() => window.__lastKey));
	await context.close();
	return { fetched, firstMs, warmMs };
}

function indexSizes() {
	const dir = join(DIST, 'pagefind');
	const files = (sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => join(dir, sub, f)) : []);
	const size = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
	const top = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
	const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
	const meta = top.filter((f) => f.endsWith('.pf_meta')).map((f) => join(dir, f));
	return {
		pages,
		groups: [
			['word index chunks (index/)', files('index')],
			['page fragments (fragment/)', files('fragment')],
			['filters (filter/)', files('filter')],
			['index metadata (.pf_meta)', meta],
			['runtime: pagefind.js, worker, wasm.en', ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind'].map((f) => join(dir, f))],
		].map(([name, list]) => ({ name, count: list.length, bytes: size(list), gzip: list.reduce((s, f) => s + (isText(f) ? gz(readFileSync(f)) : statSync(f).size), 0) })),
	};
}

function group(path) {
	if (path.includes('/_astro/')) return 'dialog chunk (JS + CSS)';
	if (/pagefind(-worker)?\.js$|wasm\./.test(path)) return 'Pagefind runtime';
	if (/\.pf_fragment$/.test(path)) return 'result fragments';
	if (/\.pf_(meta|index|filter)$|pagefind-entry\.json$/.test(path)) return 'index';
	return path.startsWith('http') ? 'THIRD PARTY' : 'other';
}

if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) {
	console.error('bench-search: no dist/pagefind/ here. Run `npm run build` first.');
	process.exit(1);
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: resolveChromium(), args: ['--no-sandbox', '--disable-gpu'] });
console.log(`Search benchmark: headless Chromium, dist/ served locally, ${RUNS} run(s) per query (median shown)\n`);
console.log('First search on a fresh visit to an error page (press "/", type the query, first result shown):');
console.log('query                           transfer   requests   "/"+typing to results   keystroke to results (warm)');
let breakdown;
try {
	for (const query of QUERIES) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await firstSearch(browser, origin, query));
		const transfer = runs.map((r) => r.fetched.reduce((s, f) => s + f.transfer, 0));
		breakdown ??= runs[0].fetched;
		console.log(
			`${JSON.stringify(query).padEnd(32)}${kb(median(transfer)).padStart(9)}${String(runs[0].fetched.length).padStart(11)}${`${Math.round(median(runs.map((r) => r.firstMs)))} ms`.padStart(24)}${`${Math.round(median(runs.map((r) => r.warmMs)))} ms`.padStart(30)}`,
		);
	}
} finally {
	await browser.close();
	server.close();
}

const byGroup = new Map();
for (const f of breakdown) {
	const g = byGroup.get(group(f.path)) ?? { count: 0, transfer: 0, raw: 0 };
	byGroup.set(group(f.path), { count: g.count + 1, transfer: g.transfer + f.transfer, raw: g.raw + f.raw });
}
console.log(`\nWhat the first search for ${JSON.stringify(QUERIES[0])} fetched:`);
for (const [name, g] of byGroup) console.log(`  ${name.padEnd(26)}${String(g.count).padStart(3)} files  ${kb(g.transfer).padStart(9)} transfer  ${kb(g.raw).padStart(9)} raw`);

const index = indexSizes();
const total = index.groups.reduce((s, g) => s + g.bytes, 0);
console.log(`\nIndex on disk (dist/pagefind/, ${index.pages} pages indexed; Pagefind's files are stored compressed):`);
for (const g of index.groups) console.log(`  ${g.name.padEnd(40)}${String(g.count).padStart(4)} files  ${kb(g.bytes).padStart(9)}  (${kb(g.gzip)} as sent)`);
console.log(`  ${'total'.padEnd(40)}${''.padStart(10)}  ${kb(total).padStart(9)}`);
const loader = readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('SiteSearch') && f.endsWith('.js'));
for (const f of loader) console.log(`\nSearch JS every page loads: ${f} ${kb(gz(readFileSync(join(DIST, '_astro', f))))} gzip`);
