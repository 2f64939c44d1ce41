/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default emulation and throttling) on one page
 * of each kind, against `astro preview` of the built site, and one table: cumulative layout shift,
 * the performance, accessibility, best-practices and SEO scores, and the paint and blocking times
 * behind the performance score. Needs `npm run build`.
 * Lighthouse comes from the npm registry through npx (it is not a dependency: only this script uses it).
 *
 * Options (environment): PREVIEW_PORT (default 4330; a server already listening there is used as is),
 * LIGHTHOUSE_RUNS (default 1; with more, the run with the median performance score is shown: the
 * performance score moves with the machine's load, the others do not),
 * CHROMIUM_PATH. Prints figures; asserts nothing (the Playwright specs check layout shift).
 */
import { spawn, spawnSync } from 'node:child_process';
import { PAGE_KINDS } from './lib/page-kinds.ts';
import { resolveChromium } from './lib/chromium.ts';

const PORT = Number(process.env.PREVIEW_PORT ?? 4330);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const up = () =>
	fetch(`${ORIGIN}/`).then(
		(r) => r.ok,
		() => false,
	);

/** The preview server, started here unless one already answers on the port. */
async function preview() {
	if (await up()) return undefined;
	const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
		stdio: 'ignore',
		detached: true,
	});
	for (let i = 0; i < 120 && !(await up()); i++) await new Promise((r) => setTimeout(r, 250));
	if (!(await up())) throw new Error(`astro preview did not answer on ${ORIGIN}`);
	return server;
}

/** One Lighthouse run: CLS and the four category scores (0–100). */
function lighthouse(url) {
	const { status, stdout, stderr } = spawnSync(
		'npx',
		[
			'--yes',
			'lighthouse@12',
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			`--only-categories=${CATEGORIES.join(',')}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: resolveChromium() } },
	);
	if (status !== 0) throw new Error(`lighthouse failed on ${url}: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
	const report = JSON.parse(stdout);
	const failing = Object.values(report.audits)
		.filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
		.map((a) => a.id);
	const ms = (id) => Math.round(report.audits[id].numericValue);
	return {
		cls: report.audits['cumulative-layout-shift'].numericValue,
		scores: CATEGORIES.map((c) => Math.round(report.categories[c].score * 100)),
		timings: [ms('first-contentful-paint'), ms('largest-contentful-paint'), ms('total-blocking-time')],
		failing,
	};
}

const server = await preview();
try {
	console.log(`Lighthouse ${RUNS > 1 ? `(median of ${RUNS}) ` : ''}mobile, ${ORIGIN}`);
	console.log('page kind              | CLS   | perf | a11y | best | SEO | FCP ms | LCP ms | TBT ms | failed audits');
	console.log('---------------------- | ----- | ---- | ---- | ---- | --- | ------ | ------ | ------ | -------------');
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		const runs = Array.from({ length: RUNS }, () => lighthouse(`${ORIGIN}${path}`));
		const run = runs.sort((a, b) => a.scores[0] - b.scores[0])[Math.floor(runs.length / 2)];
		const scores = run.scores.map((s, i) => String(s).padStart([4, 4, 4, 3][i]));
		const timings = run.timings.map((t) => String(t).padStart(6));
		console.log(
			`${kind.padEnd(22)} | ${run.cls.toFixed(3)} | ${scores.join(' | ')} | ${timings.join(' | ')} | ${run.failing.join(', ') || '-'}`,
		);
	}
} finally {
	if (server) process.kill(-server.pid);
}
