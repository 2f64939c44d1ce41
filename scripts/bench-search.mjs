/**
 * Search benchmark: run after `npm run build`. Serves dist/ from a small local server and, in
 * headless Chromium, measures for each query the first search on a fresh visit to an error page:
 * every byte fetched from pressing `/` until the results are complete and the network is idle
 * (gzip size for text files, as a host would send them; Pagefind's own files are already
 * compressed), the number of requests, and the time from `/` to complete results. Where the
 * decoder answers with confidence (the first result says "Best match"), the same three figures
 * up to the moment that first answer is on screen, before any further result. A code is typed
 * key by key; a pasted error arrives in one input event, as a paste does. Then the time for a
 * second query once search is loaded, and the index on disk. Prints figures; asserts nothing
 * (the Playwright specs do that).
 *
 * Options (environment): BENCH_RUNS (default 3, the median is shown), CHROMIUM_PATH, BASE_PATH.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { resolveChromium } from './lib/chromium.ts';
import { serveDist } from './lib/serve-dist.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const PAGE = 'errors/2207026/';

/** Queries: codes typed, and pastes built from the reference's own messages (so they always have a page). */
function queries() {
	const { errors } = JSON.parse(readFileSync(join(DIST, 'errors.json'), 'utf8'));
	const literal = (e) => e.messages.find((m) => m.field === 'message' && !m.text.includes('{'))?.text;
	const withSub = errors.find(
		(e) => literal(e) && e.graph.some((k) => k.code !== undefined && k.subcode !== undefined),
	);
	const plain = errors.find(
		(e) => literal(e) && e.graph.every((k) => k.subcode === undefined) && e.graph.some((k) => k.code !== undefined),
	);
	const list = [
		{ label: 'code 2207026 (typed)', text: '2207026', paste: false },
		{ label: 'code/subcode pair (typed)', text: 'code 352 subcode 2207026', paste: false },
		{ label: 'phrase "aspect ratio" (typed)', text: 'aspect ratio', paste: false },
	];
	if (plain) {
		const code = plain.graph.find((k) => k.code !== undefined).code;
		list.push({
			label: `pasted log line (${plain.id})`,
			text: `2026-11-30T08:14:22.511Z ERROR [publish-worker] job=8812 Graph API error: (#${code}) ${literal(plain)}`,
			paste: true,
		});
	}
	if (withSub) {
		const key = withSub.graph.find((k) => k.subcode !== undefined);
		const body = {
			error: {
				message: literal(withSub),
				type: withSub.type ?? 'OAuthException',
				code: key.code,
				error_subcode: key.subcode,
				fbtrace_id: 'AbC123xYz',
			},
		};
		list.push({ label: `pasted JSON body (${withSub.id})`, text: JSON.stringify(body), paste: true });
	}
	return list;
}

const isText = (path) => /\.(html|js|mjs|css|json|svg|xml|txt)$/.test(path);
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Resolves, in the page, with the times (ms since the epoch) the first answer and the complete
 * results for the text in the box are on screen, and the files the page had finished fetching
 * since `since` (its performance.now()) when the first answer showed. The first answer is a first
 * result marked "Best match" (the decoder's confident match); it stays null when there is none.
 * Rejects after 20 s.
 */
function resultsShown(page, since = 0) {
	return page.evaluate(
		(since) =>
			new Promise((resolve, reject) => {
				setTimeout(() => reject(new Error('no complete results after 20 s')), 20_000);
				let answer = null;
				const done = () => {
					const list = document.querySelector('.site-search-dialog [role="listbox"]');
					const input = document.querySelector('.site-search-dialog [role="combobox"]');
					const status = document.querySelector('.site-search-dialog [role="status"]')?.textContent ?? '';
					const first = list?.querySelector('[role="option"]');
					if (answer === null && input?.value && first?.textContent?.includes('Best match')) {
						// A resource timing entry is added once its response is complete.
						const loaded = performance.getEntriesByType('resource').filter((e) => e.startTime >= since);
						answer = { at: Date.now(), files: loaded.map((e) => new URL(e.name).pathname) };
					}
					return (
						list &&
						input?.value &&
						list.getAttribute('aria-busy') === 'false' &&
						/^(\d+ results?|No results) for/.test(status)
					);
				};
				if (done()) return resolve({ answer, complete: Date.now() });
				const observer = new MutationObserver(() => {
					if (!done()) return;
					observer.disconnect();
					resolve({ answer, complete: Date.now() });
				});
				observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
			}),
		since,
	);
}

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
	const [start, since] = await page.evaluate(() => [Date.now(), performance.now()]);
	const shown = resultsShown(page, since);
	await page.keyboard.press('/');
	await page.locator('.site-search-dialog [role="combobox"]').waitFor();
	if (query.paste) await page.keyboard.insertText(query.text);
	else await page.keyboard.type(query.text);
	const { answer, complete } = await shown;
	await page.waitForLoadState('networkidle');
	const top = await page
		.locator('.site-search-dialog [role="option"]')
		.first()
		.getAttribute('href')
		.catch(() => null);
	const first = [...fetched];
	const beforeAnswer = answer && first.filter((f) => answer.files.includes(f.path));

	// Then a second query with words (Pagefind loads now if the first did not need it), timed
	// from its input event to complete results.
	const box = page.locator('.site-search-dialog [role="combobox"]');
	await box.fill('');
	const warm = resultsShown(page);
	const warmStart = await page.evaluate(() => Date.now());
	await box.fill(query.text === 'aspect ratio' ? 'caption is too long' : 'aspect ratio');
	const warmEnd = (await warm).complete;
	await context.close();
	return {
		fetched: first,
		firstMs: complete - start,
		answer: beforeAnswer && { fetched: beforeAnswer, ms: answer.at - start },
		warmMs: warmEnd - warmStart,
		top,
	};
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
			[
				'runtime: pagefind.js, worker, wasm.en',
				['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind'].map((f) => join(dir, f)),
			],
		].map(([name, list]) => ({
			name,
			count: list.length,
			bytes: size(list),
			gzip: list.reduce((s, f) => s + (isText(f) ? gz(readFileSync(f)) : statSync(f).size), 0),
		})),
	};
}

function group(path) {
	if (path.includes('/_astro/')) return 'dialog chunks (JS + CSS)';
	if (path.endsWith('/errors.json')) return 'reference data (errors.json)';
	if (/pagefind(-worker)?\.js$|wasm\./.test(path)) return 'Pagefind runtime';
	if (/\.pf_fragment$/.test(path)) return 'result fragments';
	if (/\.pf_(meta|index|filter)$|pagefind-entry\.json$/.test(path)) return 'index';
	return path.startsWith('http') ? 'THIRD PARTY' : 'other';
}

if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) {
	console.error('bench-search: no dist/pagefind/ here. Run `npm run build` first.');
	process.exit(1);
}

const { server, origin } = await serveDist(DIST, BASE);
const browser = await chromium.launch({ executablePath: resolveChromium(), args: ['--no-sandbox', '--disable-gpu'] });
console.log(`Search benchmark: headless Chromium, dist/ served locally, ${RUNS} run(s) per query (median shown)\n`);
console.log(
	'First search on a fresh visit to an error page ("/", then the query typed or pasted, until complete results and an idle network):',
);
console.log(
	'query                                   transfer   requests   "/" to complete results   top result          then a phrase',
);
const QUERIES = queries();
const breakdowns = [];
const answers = [];
try {
	for (const query of QUERIES) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await firstSearch(browser, origin, query));
		const transfer = runs.map((r) => r.fetched.reduce((s, f) => s + f.transfer, 0));
		breakdowns.push([query.label, runs[0].fetched]);
		console.log(
			`${query.label.padEnd(38)}${kb(median(transfer)).padStart(9)}${String(runs[0].fetched.length).padStart(11)}${`${Math.round(median(runs.map((r) => r.firstMs)))} ms`.padStart(26)}   ${String(runs[0].top ?? '(none)').padEnd(20)}${`${Math.round(median(runs.map((r) => r.warmMs)))} ms`.padStart(10)}`,
		);
		const answered = runs.map((r) => r.answer).filter(Boolean);
		if (answered.length === runs.length) answers.push([query.label, answered]);
	}
} finally {
	await browser.close();
	server.close();
}

console.log(
	"\nFirst answer (the decoder's confident match on screen, before any further result), for the queries it answers:",
);
console.log('query                                   transfer   requests   "/" to first answer');
for (const [label, answered] of answers)
	console.log(
		`${label.padEnd(38)}${kb(median(answered.map((a) => a.fetched.reduce((s, f) => s + f.transfer, 0)))).padStart(9)}${String(median(answered.map((a) => a.fetched.length))).padStart(11)}${`${Math.round(median(answered.map((a) => a.ms)))} ms`.padStart(22)}`,
	);
const pasted = answers.find(([label]) => label.startsWith('pasted JSON body'));
if (pasted) {
	console.log(`\nWhat ${pasted[0]} fetched before its first answer:`);
	for (const f of pasted[1][0].fetched) console.log(`  ${f.path.padEnd(58)}${kb(f.transfer).padStart(9)}`);
}

for (const [label, fetched] of breakdowns.filter((_, i) => i === 0 || i === breakdowns.length - 2)) {
	const byGroup = new Map();
	for (const f of fetched) {
		const g = byGroup.get(group(f.path)) ?? { count: 0, transfer: 0, raw: 0 };
		byGroup.set(group(f.path), { count: g.count + 1, transfer: g.transfer + f.transfer, raw: g.raw + f.raw });
	}
	console.log(`\nWhat the first search for ${label} fetched:`);
	for (const [name, g] of byGroup)
		console.log(
			`  ${name.padEnd(26)}${String(g.count).padStart(3)} files  ${kb(g.transfer).padStart(9)} transfer  ${kb(g.raw).padStart(9)} raw`,
		);
}
const index = indexSizes();
const total = index.groups.reduce((s, g) => s + g.bytes, 0);
console.log(`\nIndex on disk (dist/pagefind/, ${index.pages} pages indexed; Pagefind's files are stored compressed):`);
for (const g of index.groups)
	console.log(
		`  ${g.name.padEnd(40)}${String(g.count).padStart(4)} files  ${kb(g.bytes).padStart(9)}  (${kb(g.gzip)} as sent)`,
	);
console.log(`  ${'total'.padEnd(40)}${''.padStart(10)}  ${kb(total).padStart(9)}`);
const scripts = [
	...readFileSync(join(DIST, PAGE, 'index.html'), 'utf8').matchAll(/<script type="module" src="([^"]+)"/g),
].map((m) => m[1]);
for (const src of scripts) {
	const file = join(DIST, src.slice(BASE.length));
	const imports = [...readFileSync(file, 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) =>
		join(DIST, '_astro', m[1]),
	);
	const total = [file, ...imports].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
	console.log(
		`\nScript an error page loads eagerly (with its static imports): ${[file, ...imports].length} file(s), ${kb(total)} gzip`,
	);
}
