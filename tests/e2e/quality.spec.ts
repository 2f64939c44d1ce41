/**
 * Quality gates in the browser: accessibility (axe, both colour schemes, one page of each kind),
 * the search index holding every entry, privacy (no third-party request), the page-weight budget,
 * and keyboard focus. HTML validity and links are checked over every page in tests/dist/.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser } from '@playwright/test';
import { PAGE_KINDS, readBuilt } from '../fixtures/built-site.ts';
import { axeViolations } from './axe.ts';
import { errors } from './content.ts';

test('the representative error pages are one with caveats and one without (what each shows differs)', () => {
	const caveats = (path: string) => errors.find((e) => `/errors/${e.id}/` === path)?.data.caveats.length;
	expect(caveats(PAGE_KINDS['error with caveats'])).toBeGreaterThan(0);
	expect(caveats(PAGE_KINDS['error without caveats'])).toBe(0);
});

test.describe('accessibility (axe, WCAG 2.2 AA and best practices; colour rules in both schemes)', () => {
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		test(`no violations on the ${kind} page, ${path}`, async ({ page }) => {
			await page.goto(path);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test('layout shift: no page kind moves after it first shows, at 360 px and at desktop width', async ({ browser }) => {
	// Scripts arrive late, as on a slow connection: the page paints before they run, so whatever
	// they reveal or change after the first paint is measured.
	const context = await browser.newContext();
	await context.route('**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 150));
		await route.continue();
	});
	await context.addInitScript(() => {
		const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node }[];
			}[]) {
				if (entry.hadRecentInput) continue;
				const nodes = entry.sources.map((s) =>
					s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}`.slice(0, 60) : '#text',
				);
				w.__shifts.push({ value: entry.value, nodes });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const page = await context.newPage();
	const failures: string[] = [];
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
		for (const [kind, path] of Object.entries(PAGE_KINDS)) {
			// Module scripts run before the load event; two frames later, a shift they caused is reported.
			await page.goto(path, { waitUntil: 'load' });
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			const shifts = await page.evaluate(
				() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
			);
			const total = shifts.reduce((n, s) => n + s.value, 0);
			if (total > 0.02) {
				failures.push(
					`${kind} (${path}) at ${width} px: ${total.toFixed(3)} (${shifts.flatMap((s) => s.nodes).join(', ')})`,
				);
			}
		}
	}
	await context.close();
	expect(failures).toEqual([]);
});

test('the search index holds every error page, and only those and the FAQ', async ({ page }) => {
	await page.goto('/errors/');
	const indexed = await page.evaluate(async () => {
		const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
		const search = await pagefind.search(null, { filters: {} });
		return Promise.all(
			search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
		) as Promise<string[]>;
	});
	const paths = indexed.map((url) => new URL(url, 'http://x').pathname);
	const indexedErrors = paths.map((p) => /^\/errors\/([^/]+)\/$/.exec(p)?.[1]).filter((id): id is string => !!id);
	expect(indexedErrors.sort()).toEqual(errors.map((e) => e.id).sort());
	expect(paths.filter((p) => !p.startsWith('/errors/') && !p.startsWith('/faq/'))).toEqual([]);
});

/** Every response a page gets until it is idle, without interaction, in a fresh context (cold cache). */
async function recordLoad(browser: Browser, path: string, baseURL: string | undefined) {
	const context = await browser.newContext(baseURL ? { baseURL } : {});
	const page = await context.newPage();
	const pending: Promise<{ url: string; type: string; bytes: number; gzip: number }>[] = [];
	page.on('response', (response) => {
		const request = response.request();
		if (request.url().startsWith('data:')) return;
		pending.push(
			response.body().then(
				(body) => ({
					url: request.url(),
					type: request.resourceType(),
					bytes: body.length,
					gzip: gzipSync(body, { level: 9 }).length,
				}),
				() => ({ url: request.url(), type: request.resourceType(), bytes: 0, gzip: 0 }),
			),
		);
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	const responses = await Promise.all(pending);
	await context.close();
	return responses;
}

test('privacy: no page type requests anything outside the site', async ({ page, baseURL }) => {
	const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) outside.push(url);
	});
	for (const path of Object.values(PAGE_KINDS)) await page.goto(path, { waitUntil: 'networkidle' });
	// Search loads its code, /errors.json and the Pagefind index on demand: a query in words
	// (not a code, which the decoder answers alone) exercises all three.
	await page.goto('/errors/2207026/');
	const reference = page.waitForResponse((response) => response.url().endsWith('/errors.json'));
	const index = page.waitForResponse((response) => response.url().includes('/pagefind/'));
	await page.keyboard.press('/');
	await page.keyboard.type('aspect ratio');
	await Promise.all([reference, index]);
	await page.waitForLoadState('networkidle');
	expect(outside).toEqual([]);
});

/** The error page with the most HTML (gzip, found over dist/): stylesheet and script are shared, so the budget is tightest there. */
function heaviestErrorPage(): { path: string; html: number } {
	const sizes = errors.map((e) => ({
		path: `/errors/${e.id}/`,
		html: gzipSync(readBuilt(`errors/${e.id}/index.html`), { level: 9 }).length,
	}));
	return sizes.reduce((a, b) => (b.html > a.html ? b : a));
}

test('page weight: the largest error page loads in at most 14 KB gzip and 4 requests, scripts included', async ({
	browser,
	baseURL,
}) => {
	// The figures for every page kind are printed by `npm run bench` (scripts/bench-weight.mjs).
	// The HTML and its stylesheet show the page; the scripts (copy buttons, and the loader that
	// fetches search when the box is first used) are deferred modules, counted in the same budget.
	const { path } = heaviestErrorPage();
	const responses = await recordLoad(browser, path, baseURL);
	const total = responses.reduce((n, r) => n + r.gzip, 0);
	const parts = responses.map((r) => `${new URL(r.url).pathname} ${r.gzip} B`).join(', ');
	expect(responses.length, `${path}: requests (${parts})`).toBeLessThanOrEqual(4);
	expect(
		responses.filter((r) => r.type !== 'script' && r.type !== 'document' && r.type !== 'stylesheet'),
		`${path}: only the page, its stylesheet and scripts load`,
	).toEqual([]);
	expect(total, `${path}: gzip (${parts})`).toBeLessThanOrEqual(14 * 1024);
});

test('keyboard: every interactive element on an error page is reachable and visibly focused', async ({ page }) => {
	await page.goto('/errors/2207026/');
	const focusable = await page.evaluate(
		() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
				),
			].filter(
				(el) =>
					!(el as HTMLButtonElement).disabled &&
					el.getClientRects().length > 0 &&
					getComputedStyle(el).visibility !== 'hidden',
			).length,
	);
	const reached = new Set<string>();
	for (let i = 0; i < focusable + 5; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const visible =
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
			const path = `${el.tagName}:${el.getAttribute('href') ?? el.id ?? ''}:${Array.prototype.indexOf.call(document.querySelectorAll('*'), el)}`;
			return { path, visible };
		});
		if (!info) continue;
		expect(info.visible, `focus is visible on ${info.path}`).toBe(true);
		reached.add(info.path);
	}
	expect(reached.size).toBeGreaterThanOrEqual(focusable);
});
