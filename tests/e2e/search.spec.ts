/**
 * Search on the built site: the header dialog (the decoder over /errors.json, then Pagefind's full
 * text) and /search/?q=. Every expectation is computed from content/: which page owns a code, a
 * subcode or a message. Waits are on the page's own state (the listbox's aria-busy and the status
 * line), never on fixed delays.
 */
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { errors } from './content.ts';
import { codeQueries } from '../fixtures/code-queries.ts';

type Entry = (typeof errors)[number];

/** Full-text search loads a WebAssembly index on first use: assertions wait longer than the default, for a busy machine. */
const expect = baseExpect.configure({ timeout: 15_000 });

const pathOf = (entry: Entry) => `/errors/${entry.id}/`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const literal = (entry: Entry) => entry.data.messages.find((m) => !m.text.includes('{'))?.text;

/** The owner of a bare code: the one entry keyed by the code alone (a code shared by subcode entries belongs to its code-only page). */
const codeEntries = errors.filter((e) => codeQueries(e.data).length > 0);
const withSubcodeAndMessage = errors.filter(
	(e) => e.data.graph.some((k) => k.code !== undefined && k.subcode !== undefined) && literal(e),
);
const withMessage = errors.filter((e) => literal(e) && e.data.graph.every((k) => k.subcode === undefined));

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search errors' });
const boxOf = (scope: Locator | Page) => scope.getByRole('combobox', { name: 'Search errors by code or message' });
const listOf = (dialog: Locator) => dialog.getByRole('listbox', { name: 'Search results' });
const optionsOf = (dialog: Locator) => listOf(dialog).getByRole('option');

/** Opens search with `/` on a page; returns the dialog. */
async function openSearch(page: Page, path = '/'): Promise<Locator> {
	await page.goto(path);
	await page.keyboard.press('/');
	const dialog = dialogOf(page);
	await expect(dialog).toBeVisible();
	await expect(boxOf(dialog)).toBeFocused();
	return dialog;
}

/** Puts a query in the box and waits until its results are complete; returns the options. */
async function search(dialog: Locator, query: string): Promise<Locator> {
	await boxOf(dialog).fill(query);
	await expect(listOf(dialog)).toHaveAttribute('aria-busy', 'false');
	await expect(dialog.getByRole('status')).toHaveText(/^(\d+ results? for|No results for) “/);
	return optionsOf(dialog);
}

const hrefs = (options: Locator) => options.evaluateAll((els) => els.map((el) => el.getAttribute('href')));

test.describe('the right page comes first', () => {
	test.describe.configure({ timeout: 120_000 });

	// Every code is checked in Node over the built data (tests/dist/search.test.ts); here one query of
	// each form goes through the real dialog.
	test('for a bare code, a subcode, a code/subcode pair and a (#code)', async ({ page }) => {
		/** The first query of each form, with the entry that owns it. */
		const forms = new Map<string, [string, Entry]>();
		for (const entry of codeEntries) {
			for (const query of codeQueries(entry.data)) {
				const form = query.startsWith('code ')
					? 'pair'
					: query.startsWith('(#')
						? 'hash'
						: query.startsWith('2207')
							? 'subcode'
							: 'bare';
				if (!forms.has(form)) forms.set(form, [query, entry]);
			}
		}
		expect([...forms.keys()].sort()).toEqual(['bare', 'hash', 'pair', 'subcode']);
		const dialog = await openSearch(page);
		for (const [query, entry] of forms.values()) {
			const options = await search(dialog, query);
			await expect(options.first(), `query "${query}"`).toHaveAttribute('href', pathOf(entry));
		}
	});

	test('for a pasted Graph API error body, with why it matched', async ({ page }) => {
		const entry = withSubcodeAndMessage[0]!;
		const key = entry.data.graph.find((k) => k.subcode !== undefined)!;
		const body = JSON.stringify({
			error: {
				message: literal(entry),
				type: entry.data.type ?? 'OAuthException',
				code: key.code,
				error_subcode: key.subcode,
				fbtrace_id: 'AxYz12Ab',
			},
		});
		const dialog = await openSearch(page, '/errors/');
		const first = (await search(dialog, body)).first();
		await expect(first).toHaveAttribute('href', pathOf(entry));
		await expect(first).toContainText(`Best match: subcode ${key.subcode}`);
		await expect(dialog.getByText('Read from your text:')).toBeVisible();
	});

	test('for a log line with a timestamp, a level and a job id before the message', async ({ page }) => {
		const dialog = await openSearch(page);
		for (const entry of withMessage.slice(0, 4)) {
			const code = entry.data.graph.find((k) => k.code !== undefined)?.code;
			const line = `2026-11-30T08:14:22.511Z ERROR [publish-worker] job=8812 Graph API request failed: ${code === undefined ? '' : `(#${code}) `}${literal(entry)}`;
			const top3 = (await hrefs(await search(dialog, line))).slice(0, 3);
			expect(top3, line).toContain(pathOf(entry));
		}
	});

	test('for words no page holds all of: the page with most of them, and the status says so', async ({ page }) => {
		// Two titles from different categories: no page has every word, so full text looks for the
		// words one by one, and the page of the first title holds most of those it looks for.
		const distinctive = (entry: Entry) => entry.data.title.split(/\s+/).filter((w) => w.length >= 4).length >= 3;
		const a = errors.find((e) => distinctive(e) && /^\d+$/.test(e.id))!;
		const b = errors.find((e) => distinctive(e) && e.data.category !== a.data.category)!;
		const dialog = await openSearch(page);
		const top3 = (await hrefs(await search(dialog, `${a.data.title} ${b.data.title}`))).slice(0, 3);
		expect(top3).toContain(pathOf(a));
		await expect(dialog.getByRole('status')).toContainText('no page has every word');
	});

	test('a result shows code, title and action without loading the page', async ({ page }) => {
		const entry = withSubcodeAndMessage[0]!;
		const dialog = await openSearch(page);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const first = (await search(dialog, entry.data.code)).first();
		await expect(first).toContainText(entry.data.code);
		await expect(first).toContainText(entry.data.title);
		expect(requested.filter((p) => p.startsWith('/errors/'))).toEqual([]);
	});
});

test('when nothing matches, it says what it read and what the reference covers, and the decoder says the same', async ({
	page,
}) => {
	const dialog = await openSearch(page);
	const paste =
		'HTTP/1.1 400 Bad Request (graph.facebook.com) {"error":{"message":"Zorblax quuxified the flibbertigibbet","type":"OAuthException","code":987654,"error_subcode":8765432}}';
	await expect(await search(dialog, paste)).toHaveCount(0);
	await expect(dialog.getByRole('status')).toHaveText(/^No results for “/);
	const none = dialog.getByRole('region', { name: 'No page for this yet' });
	const read = ['987654', '8765432', 'OAuthException', 'HTTP status', '400', 'graph.facebook.com'];
	for (const value of read) await expect(none.locator('[data-understood]')).toContainText(value);
	await expect(none.locator('[data-scope] a').first()).toHaveAttribute(
		'href',
		/^https:\/\/developers\.facebook\.com\//,
	);

	// The decoder link carries the paste; the decoder shows the same answer, with its own next step.
	await none.getByRole('link', { name: 'Open it in the decoder' }).click();
	await expect(page).toHaveURL(/\/decode\/#/);
	const decoded = page.getByRole('region', { name: 'No page for this yet' });
	for (const value of read) await expect(decoded.locator('[data-understood]')).toContainText(value);
	await expect(decoded.getByRole('link', { name: 'Search the reference for “8765432”' })).toHaveAttribute(
		'href',
		'/search/?q=8765432',
	);
});

test('a pasted error the decoder answers shows from /errors.json alone; Enter opens it while full text still loads', async ({
	page,
}) => {
	const entry = withSubcodeAndMessage[0]!;
	const key = entry.data.graph.find((k) => k.subcode !== undefined)!;
	const body = JSON.stringify({ error: { message: literal(entry), code: key.code, error_subcode: key.subcode } });
	// Full-text search never answers: whatever shows came from the data alone.
	await page.route('**/pagefind/**', () => undefined);
	const dialog = await openSearch(page);
	await boxOf(dialog).fill(body);
	const first = optionsOf(dialog).first();
	await expect(first).toHaveAttribute('href', pathOf(entry));
	await expect(first).toContainText(`Best match: subcode ${key.subcode}`);
	await expect(listOf(dialog)).toHaveAttribute('aria-busy', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${escapeRegExp(pathOf(entry))}$`));
});

test('pasted text is shown as text, never as markup', async ({ page }) => {
	const dialog = await openSearch(page);
	await search(dialog, '<img src=x onerror="window.__pwned=1"> <b>bold</b> 2207026');
	await expect(dialog.locator('img, b')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe('keyboard', () => {
	test('`/` focuses search, arrows move through results, Enter opens one', async ({ page }) => {
		const dialog = await openSearch(page, '/errors/');
		const box = boxOf(dialog);
		await page.keyboard.type('aspect ratio');
		await expect(listOf(dialog)).toHaveAttribute('aria-busy', 'false');
		const options = optionsOf(dialog);
		await expect(options.nth(1)).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(options.first()).toHaveAttribute('aria-selected', 'false');
		await page.keyboard.press('ArrowUp');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(box).toBeFocused();
		const target = (await options.first().getAttribute('href'))!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(target)}$`));
	});

	test('Enter right after typing opens the first result once it is in', async ({ page }) => {
		await openSearch(page, '/faq/');
		await page.keyboard.type('2207026');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/errors\/2207026\/$/);
	});

	test('Escape closes the dialog and focus returns to the header search box', async ({ page }) => {
		const dialog = await openSearch(page, '/errors/2207026/');
		await page.keyboard.type('2207026');
		await expect(optionsOf(dialog).first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('banner').getByRole('searchbox')).toBeFocused();
	});

	test('typing in the header search box carries on in the dialog', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('banner').getByRole('searchbox').click();
		await page.keyboard.type('2207026', { delay: 20 });
		const dialog = dialogOf(page);
		await expect(boxOf(dialog)).toHaveValue('2207026');
		await expect(optionsOf(dialog).first()).toHaveAttribute('href', '/errors/2207026/');
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a pasted error from the header box, results on screen, Close button', async ({ page }) => {
		const entry = withSubcodeAndMessage[1] ?? withSubcodeAndMessage[0]!;
		const key = entry.data.graph.find((k) => k.subcode !== undefined)!;
		await page.goto('/errors/');
		await page.getByRole('banner').getByRole('searchbox').tap();
		const dialog = dialogOf(page);
		await expect(boxOf(dialog)).toBeFocused();
		const first = (await search(dialog, `Error: (#${key.code}) ${literal(entry)} [subcode ${key.subcode}]`)).first();
		await expect(first).toHaveAttribute('href', pathOf(entry));
		await expect(first).toBeInViewport();
		const box = await dialog.boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(360);
		await dialog.getByRole('button', { name: 'Close' }).tap();
		await expect(dialog).toBeHidden();
	});
});

test('the 404 page searches too', async ({ page }) => {
	const response = await page.goto('/errors/no-such-code/');
	expect(response?.status()).toBe(404);
	await page.getByRole('main').getByRole('searchbox').fill('2207026');
	await expect(optionsOf(dialogOf(page)).first()).toHaveAttribute('href', '/errors/2207026/');
});

test('/search/?q= runs the same search: the answer as a card, further results listed, axe-clean', async ({ page }) => {
	const entry = withSubcodeAndMessage[0]!;
	const key = entry.data.graph.find((k) => k.subcode !== undefined)!;
	const query = `code ${key.code} subcode ${key.subcode}`;
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	const results = page.getByRole('list', { name: 'Results' });
	await expect(results).toHaveAttribute('aria-busy', 'false');
	const best = page.getByRole('region', { name: 'Best match' });
	await expect(best.locator('[data-match-rank="1"]')).toHaveAttribute('href', pathOf(entry));
	await expect(best).toContainText(entry.data.retryWhen);
	await expect(results.locator(`a[href="${pathOf(entry)}"]`)).toHaveCount(0);
	await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query);
	expect(await axeViolations(page, '[data-search-page]')).toEqual([]);

	await page.goto(`/search/?q=${encodeURIComponent('aspect ratio')}`);
	await expect(results).toHaveAttribute('aria-busy', 'false');
	await expect(results.getByRole('link').first()).toBeVisible();
});

test('a code search loads only the dialog and the data, from this site, in few requests', async ({ page, baseURL }) => {
	const requested: URL[] = [];
	page.on('request', (request) => requested.push(new URL(request.url())));
	await page.goto('/errors/2207026/', { waitUntil: 'networkidle' });
	expect(requested.filter((u) => /pagefind|search-dialog|errors\.json/.test(u.pathname))).toEqual([]);
	const before = requested.length;

	await page.keyboard.press('/');
	const dialog = dialogOf(page);
	await search(dialog, '2207026');
	await page.waitForLoadState('networkidle');
	const first = requested.slice(before);
	expect(first.filter((u) => u.pathname.includes('pagefind'))).toEqual([]);
	expect(first.length).toBeLessThanOrEqual(10);

	await search(dialog, 'session has been invalidated');
	await expect(optionsOf(dialog).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(requested.some((u) => u.pathname.endsWith('/pagefind/pagefind.js'))).toBe(true);
	const origin = new URL(baseURL ?? '').origin;
	expect(requested.filter((u) => !['data:', 'blob:'].includes(u.protocol) && u.origin !== origin).map(String)).toEqual(
		[],
	);
});

test('the open dialog with results, and with no match, passes axe in both colour schemes, at phone and desktop width', async ({
	page,
}) => {
	const queries = [
		'{"error":{"code":352,"error_subcode":2207026}}',
		'{"error":{"message":"Zorblax quuxified","code":987654,"error_subcode":8765432}}',
	];
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		const dialog = await openSearch(page, '/errors/2207026/');
		for (const query of queries) {
			await search(dialog, query);
			await expect(dialog.locator('[role="option"], [data-match-none]').first()).toBeVisible();
			expect((await axeViolations(page, '.site-search-dialog')).map((v) => `${width}px ${v}`)).toEqual([]);
		}
	}
});
