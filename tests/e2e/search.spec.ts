/**
 * Search on the built site: Pagefind's index, our exact-key ranking and the Component UI dialog.
 * Every expectation is computed from content/: which page owns a code, a subcode or a message.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { errors } from './content.ts';
import { CATEGORIES, getAction } from '../../src/lib/taxonomy.ts';
import { normalizeMessage } from '../../src/lib/validate.ts';

type Entry = (typeof errors)[number];

/** Search loads a WebAssembly index on first use: assertions wait longer than the default, for a busy machine. */
const expect = baseExpect.configure({ timeout: 15_000 });

/** Phrases from the issue, besides every message text of every entry. */
const ISSUE_PHRASES = ['session has been invalidated', 'caption is too long', 'aspect ratio', 'REVOKED_ACCESS_TOKEN'];

const isNumber = (code: string) => /^-?\d+$/.test(code);
const withoutPlaceholders = (text: string) => text.replace(/\{[^}]*\}/g, ' ').replace(/\s+/g, ' ').trim();
const words = (text: string) => normalizeMessage(text).split(/[^\p{L}\p{N}_]+/u).filter(Boolean);

/**
 * The page a phrase belongs to: the entry whose code it is; else the one entry with a message
 * containing it; else the one entry whose title and messages hold all of its words.
 */
function ownerOf(phrase: string): Entry {
	const key = normalizeMessage(phrase);
	const byCode = errors.filter((e) => normalizeMessage(e.data.code) === key);
	const byMessage = errors.filter((e) => e.data.messages.some((m) => normalizeMessage(withoutPlaceholders(m.text)).includes(key)));
	const byWords = errors.filter((e) => {
		const text = new Set(words([e.data.title, ...e.data.messages.map((m) => m.text)].join(' ')));
		return words(phrase).every((w) => text.has(w));
	});
	const owners = [byCode, byMessage, byWords].find((list) => list.length > 0) ?? [];
	if (owners.length !== 1) throw new Error(`"${phrase}" is claimed by ${owners.length} entries: ${owners.map((e) => e.id).join(', ')}`);
	return owners[0]!;
}

/** Ways a developer types one entry's code: the code, `#code`, each subcode bare and as `subcode N`, code-only Graph codes. */
function codeQueries(entry: Entry): string[] {
	const { code, graph } = entry.data;
	const queries = isNumber(code) ? [code, `#${code}`] : [code];
	for (const key of graph) {
		if (key.subcode !== undefined) queries.push(String(key.subcode), `subcode ${key.subcode}`);
		else if (key.code !== undefined && key.through === undefined) queries.push(`code ${key.code}`);
	}
	return [...new Set(queries)];
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search errors' });
const boxOf = (dialog: Locator) => dialog.getByRole('searchbox', { name: 'Search errors by code or message' });
const resultsOf = (dialog: Locator) => dialog.getByRole('list', { name: 'Search results' });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens search with `/` on a page; returns the dialog. */
async function openSearch(page: Page, path = '/'): Promise<Locator> {
	await page.goto(path);
	await page.keyboard.press('/');
	const dialog = dialogOf(page);
	await expect(dialog).toBeVisible();
	await expect(boxOf(dialog)).toBeFocused();
	return dialog;
}

/** Types a query and waits for its results; returns the link of the first result. */
async function search(dialog: Locator, query: string): Promise<Locator> {
	await boxOf(dialog).fill(query);
	await expect(dialog.locator('pagefind-summary')).toHaveText(new RegExp(`^\\d+ results? for ${escapeRegExp(query)}$`));
	return resultsOf(dialog).locator('[data-pf-result-index="0"]').getByRole('link').first();
}

const pathOf = (entry: Entry) => `/errors/${entry.id}/`;

test.describe('the right page comes first', () => {
	// Dozens of searches per test: give a loaded machine room.
	test.describe.configure({ timeout: 120_000 });
	for (const entry of errors) {
		test(`searching for ${entry.id} by code and by message`, async ({ page }) => {
			const dialog = await openSearch(page);
			for (const query of codeQueries(entry)) {
				await expect(await search(dialog, query), `query "${query}"`).toHaveAttribute('href', pathOf(entry));
			}
			for (const message of entry.data.messages) {
				const query = withoutPlaceholders(message.text);
				await expect(await search(dialog, query), `message "${query}"`).toHaveAttribute('href', pathOf(ownerOf(query)));
			}
		});
	}

	test('for the phrases developers paste from Meta', async ({ page }) => {
		const dialog = await openSearch(page);
		for (const phrase of ISSUE_PHRASES) {
			await expect(await search(dialog, phrase), `phrase "${phrase}"`).toHaveAttribute('href', pathOf(ownerOf(phrase)));
		}
	});

	test('a result shows code, title and action without loading the page', async ({ page }) => {
		const entry = ownerOf('REVOKED_ACCESS_TOKEN');
		const dialog = await openSearch(page);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const first = await search(dialog, entry.data.code);
		await expect(first).toContainText(entry.data.code);
		await expect(first).toContainText(entry.data.title);
		await expect(first).toContainText(getAction(entry.data.action).label);
		expect(requested.filter((p) => p.startsWith('/errors/'))).toEqual([]);
	});
});

/** A title word shared by entries of the most categories: a query whose results span categories. */
function sharedWord(): string {
	const categoriesOf = new Map<string, Set<string>>();
	for (const entry of errors) {
		for (const word of words(entry.data.title).filter((w) => w.length >= 4)) {
			categoriesOf.set(word, (categoriesOf.get(word) ?? new Set()).add(entry.data.category));
		}
	}
	return [...categoriesOf].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]![0];
}

test('filtering by category narrows the results to that category', async ({ page }) => {
	test.setTimeout(60_000);
	const query = sharedWord();
	const dialog = await openSearch(page);
	await expect(await search(dialog, query)).toBeVisible();
	const summary = dialog.locator('pagefind-summary');
	const count = async () => Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
	const before = await count();
	const byPath = new Map(errors.map((e) => [pathOf(e), e]));
	const hrefs = () => resultsOf(dialog).getByRole('link').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
	await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(1);
	const shown = (await hrefs()).flatMap((href) => byPath.get(href)?.data.category ?? []);
	const category = CATEGORIES.find((c) => c.id === shown[0])!;
	expect(new Set(shown).size, `"${query}" should find pages of several categories`).toBeGreaterThan(1);

	await dialog.getByRole('combobox', { name: 'Category' }).click();
	await dialog.getByRole('option', { name: new RegExp(`^${escapeRegExp(category.label)}\\b`) }).click();
	await expect.poll(count).toBeLessThan(before);
	await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(0);
	const after = await hrefs();
	for (const href of after) expect(byPath.get(href)?.data.category, href).toBe(category.id);
});

test.describe('keyboard', () => {
	test('`/` focuses search, arrows move through results, Enter opens one', async ({ page }) => {
		const entry = ownerOf('aspect ratio');
		const dialog = await openSearch(page, '/errors/');
		await page.keyboard.type('aspect ratio');
		const first = resultsOf(dialog).locator('[data-pf-result-index="0"]').getByRole('link').first();
		const second = resultsOf(dialog).locator('[data-pf-result-index="1"]').getByRole('link').first();
		await expect(first).toHaveAttribute('href', pathOf(entry));
		await expect(second).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(second).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(pathOf(entry))}$`));
	});

	test('Enter in the search box opens the first result', async ({ page }) => {
		const entry = ownerOf('REVOKED_ACCESS_TOKEN');
		await openSearch(page, '/faq/');
		await page.keyboard.type('REVOKED_ACCESS_TOKEN');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(pathOf(entry))}$`));
	});

	test('Escape closes the dialog and focus returns to the header search box', async ({ page }) => {
		const dialog = await openSearch(page, '/errors/2207026/');
		await page.keyboard.type('2207026');
		await expect(resultsOf(dialog).getByRole('link').first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('banner').getByRole('searchbox')).toBeFocused();
	});

	test('typing in the header search box carries on in the dialog', async ({ page }) => {
		await page.goto('/');
		const header = page.getByRole('banner').getByRole('searchbox');
		await header.click();
		await page.keyboard.type('2207026', { delay: 20 });
		const dialog = dialogOf(page);
		await expect(boxOf(dialog)).toHaveValue('2207026');
		await expect(resultsOf(dialog).locator('[data-pf-result-index="0"]').getByRole('link').first()).toHaveAttribute('href', '/errors/2207026/');
	});

	/**
	 * Pagefind's Component UI numbers a search only once its bundle has loaded, and a search
	 * started while the bundle downloads waits longer than one started while its index loads:
	 * the older term used to be numbered last and its results shown for the newer term. Both
	 * downloads are held here so the two searches overlap on any machine.
	 */
	test('results follow the last term typed while search is still loading', async ({ page }) => {
		const held = (pattern: string) => {
			let release!: () => void;
			const gate = new Promise<void>((resolve) => (release = resolve));
			void page.route(pattern, async (route) => {
				await gate;
				await route.continue();
			});
			return release;
		};
		const releaseBundle = held('**/pagefind/pagefind.js');
		const releaseIndex = held('**/pagefind/wasm.*.pagefind');
		await page.goto('/');
		const indexRequested = page.waitForRequest(/\/pagefind\/wasm\.[^/]+\.pagefind$/);
		await page.getByRole('banner').getByRole('searchbox').click();
		const dialog = dialogOf(page);
		await expect(boxOf(dialog)).toBeFocused();
		await page.keyboard.type('2');
		// Past the dialog's 120 ms debounce: the search for "2" now waits for the bundle.
		await page.waitForTimeout(400);
		releaseBundle();
		await indexRequested;
		await page.keyboard.type('207026');
		await page.waitForTimeout(400);
		releaseIndex();
		await expect(boxOf(dialog)).toHaveValue('2207026');
		await expect(resultsOf(dialog).locator('[data-pf-result-index="0"]').getByRole('link').first()).toHaveAttribute('href', '/errors/2207026/');
	});
});

test('the 404 page searches too', async ({ page }) => {
	const response = await page.goto('/errors/no-such-code/');
	expect(response?.status()).toBe(404);
	await page.getByRole('main').getByRole('searchbox').fill('2207026');
	const dialog = dialogOf(page);
	await expect(resultsOf(dialog).locator('[data-pf-result-index="0"]').getByRole('link').first()).toHaveAttribute('href', '/errors/2207026/');
});

test('search loads nothing until it is used, and then only from this site', async ({ page, baseURL }) => {
	const requested: URL[] = [];
	page.on('request', (request) => requested.push(new URL(request.url())));
	await page.goto('/errors/2207026/');
	await page.waitForLoadState('networkidle');
	expect(requested.filter((u) => u.pathname.includes('pagefind') || u.pathname.includes('search-dialog'))).toEqual([]);

	await page.getByRole('banner').getByRole('searchbox').focus();
	await expect.poll(() => requested.some((u) => u.pathname.endsWith('/pagefind/pagefind.js'))).toBe(true);
	const dialog = dialogOf(page);
	await page.keyboard.type('session has been invalidated');
	await expect(resultsOf(dialog).getByRole('link').first()).toBeVisible();
	await page.getByRole('combobox', { name: 'Category' }).click();
	await page.waitForLoadState('networkidle');
	const origin = new URL(baseURL ?? '').origin;
	expect(requested.filter((u) => !['data:', 'blob:'].includes(u.protocol) && u.origin !== origin).map(String)).toEqual([]);
});

test('the open dialog, results and filter menu pass axe in both colour schemes', async ({ page }) => {
	test.setTimeout(120_000);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const dialog = await openSearch(page, '/errors/2207026/');
		await expect(await search(dialog, 'media')).toBeVisible();
		await dialog.getByRole('combobox', { name: 'Category' }).click();
		await expect(dialog.getByRole('option').first()).toBeVisible();
		const { violations } = await new AxeBuilder({ page })
			.include('pagefind-modal')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
	}
});
