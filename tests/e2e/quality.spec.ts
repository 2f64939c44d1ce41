/**
 * Quality gates over the built site: accessibility (axe, both colour schemes), internal links,
 * completeness across every place an error is published, privacy (no third-party request),
 * the page-weight budget, and keyboard focus.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser } from '@playwright/test';
import { checkLinks } from '../../scripts/lib/links.ts';
import { errors } from './content.ts';
import { DIST, PAGE_KINDS, sitemapPaths } from './site.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe('accessibility (axe, WCAG 2.2 AA and best practices)', () => {
	const paths = [...new Set([...sitemapPaths(), '/404.html', '/decode/'])];
	for (const path of paths) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`no violations on ${path} (${colorScheme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				const summary = violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
				expect(summary).toEqual([]);
			});
		}
	}
});

test('every internal link and anchor resolves', () => {
	const problems = checkLinks(DIST);
	expect(problems.map((p) => `${p.page}: ${p.link} (${p.reason})`)).toEqual([]);
});

test('completeness: every entry is published everywhere an error is listed', async ({ page }) => {
	const ids = errors.map((e) => e.id).sort();
	const built = readdirSync(`${DIST}errors`, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
	expect(built, 'error pages in dist/errors').toEqual(ids);

	await page.goto('/errors/');
	const rows = await page.locator('[data-error-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-error-row') ?? ''));
	expect(rows.sort(), 'rows on the index').toEqual(ids);

	const inSitemap = sitemapPaths()
		.map((p) => /^\/errors\/([^/]+)\/$/.exec(p)?.[1])
		.filter((id): id is string => !!id)
		.sort();
	expect(inSitemap, 'error pages in the sitemap').toEqual(ids);

	const exported = JSON.parse(readFileSync(`${DIST}errors.json`, 'utf8')) as { errors: { id: string }[] };
	expect(exported.errors.map((e) => e.id).sort(), 'entries in /errors.json').toEqual(ids);

	const indexed = await page.evaluate(async () => {
		const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
		const search = await pagefind.search(null, { filters: {} });
		const urls: string[] = await Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
		return urls;
	});
	const indexedErrors = indexed
		.map((url) => /\/errors\/([^/]+)\/$/.exec(new URL(url, 'http://x').pathname)?.[1])
		.filter((id): id is string => !!id)
		.sort();
	expect(indexedErrors, 'error pages in the Pagefind index').toEqual(ids);
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
				(body) => ({ url: request.url(), type: request.resourceType(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }),
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
	// Search loads its code and index on demand: exercise it too.
	await page.goto('/errors/2207026/');
	await page.keyboard.press('/');
	await page.keyboard.type('2207026');
	await page.waitForTimeout(1500);
	expect(outside).toEqual([]);
});

test('page weight: an error page shows from at most 14 KB gzip in at most 4 requests, with at most 3 KB of JavaScript', async ({ browser, baseURL }) => {
	const report: string[] = [];
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		const responses = await recordLoad(browser, path, baseURL);
		const total = responses.reduce((n, r) => n + r.gzip, 0);
		const js = responses.filter((r) => r.type === 'script').reduce((n, r) => n + r.gzip, 0);
		report.push(`${kind.padEnd(22)} ${path.padEnd(40)} ${String(responses.length).padStart(2)} requests  ${(total / 1024).toFixed(1).padStart(6)} KB gzip  JS ${(js / 1024).toFixed(1)} KB`);
		if (kind.startsWith('error')) {
			expect(responses.length, `${path}: requests`).toBeLessThanOrEqual(4);
			expect(total, `${path}: bytes gzip`).toBeLessThanOrEqual(14 * 1024);
			expect(js, `${path}: JavaScript gzip`).toBeLessThanOrEqual(3 * 1024);
		}
	}
	console.log(`Page weight at load (gzip -9):\n${report.join('\n')}`);
});

test('keyboard: every interactive element on an error page is reachable and visibly focused', async ({ page }) => {
	await page.goto('/errors/2207026/');
	const focusable = await page.evaluate(
		() =>
			[...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
				(el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
			).length,
	);
	const reached = new Set<string>();
	for (let i = 0; i < focusable + 5; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
			const path = `${el.tagName}:${el.getAttribute('href') ?? el.id ?? ''}:${Array.prototype.indexOf.call(document.querySelectorAll('*'), el)}`;
			return { path, visible };
		});
		if (!info) continue;
		expect(info.visible, `focus is visible on ${info.path}`).toBe(true);
		reached.add(info.path);
	}
	expect(reached.size).toBeGreaterThanOrEqual(focusable);
});
