/**
 * The filterable index and the stage map, on the built site. Every expectation is computed
 * from content/ (tests/e2e/content.ts) and the taxonomy; none is typed in.
 */
import { expect, test, type Page } from '@playwright/test';
import { errors } from './content.ts';
import { ACTIONS, CATEGORIES, RETRY_CLASSES, STAGES } from '../../src/lib/taxonomy.ts';
import { filterText } from '../../src/lib/entry-key.ts';

type Entry = (typeof errors)[number];
type Facet = 'category' | 'action' | 'stage' | 'retry';

const FACETS: { key: Facet; label: string; items: readonly { id: string; label: string }[] }[] = [
	{ key: 'category', label: 'Category', items: CATEGORIES },
	{ key: 'action', label: 'Action', items: ACTIONS },
	{ key: 'stage', label: 'Failure stage', items: STAGES },
	{ key: 'retry', label: 'Retry', items: RETRY_CLASSES },
];

const ids = (list: readonly Entry[]) => list.map((e) => e.id).sort();
const withValue = (key: Facet, value: string) => errors.filter((e) => e.data[key] === value);

/** What the text box searches: code, title, code/subcode pairs, message codes and texts. */
const textOf = (e: Entry) => filterText(e.data).toLowerCase();
const matchingText = (q: string) => {
	const words = q.toLowerCase().split(/\s+/).filter(Boolean);
	return errors.filter((e) => words.every((w) => textOf(e).includes(w)));
};

/** Ids of the rows a user can see, sorted. */
const shownIds = (page: Page) =>
	page
		.locator('[data-error-row]')
		.evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute('data-error-row') ?? ''))
		.then((list) => list.sort());

const select = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true });
const textBox = (page: Page) => page.getByRole('searchbox', { name: 'Code, title or message' });
const status = (page: Page) => page.getByRole('status');
const statusFor = (shown: number) =>
	shown === 0
		? 'No errors match these filters.'
		: shown === errors.length
			? `Showing all ${errors.length} errors.`
			: `Showing ${shown} of ${errors.length} errors.`;

test.describe('the error index filters', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/errors/');
		await expect(status(page)).toHaveText(statusFor(errors.length));
	});

	for (const facet of FACETS) {
		test(`the ${facet.label.toLowerCase()} filter shows exactly the entries with that ${facet.key}`, async ({
			page,
		}) => {
			const values = facet.items.filter((item) => withValue(facet.key, item.id).length > 0);
			expect(values.length).toBeGreaterThan(1);
			for (const value of values) {
				const expected = withValue(facet.key, value.id);
				await select(page, facet.label).selectOption(value.id);
				await expect.poll(() => shownIds(page), `${facet.key}=${value.id}`).toEqual(ids(expected));
				await expect(status(page)).toHaveText(statusFor(expected.length));
				await expect(page).toHaveURL(`/errors/?${facet.key}=${value.id}`);
				// The option says how many errors it leaves.
				await expect(select(page, facet.label).locator(`option[value="${value.id}"]`)).toHaveText(
					`${value.label} (${expected.length})`,
				);
			}
		});
	}

	test('two filters together show the entries that match both, and category groups say how many are left', async ({
		page,
	}) => {
		// The action and stage pair that narrows the list most while still showing something.
		const pairs = ACTIONS.flatMap((a) =>
			STAGES.map((s) => ({
				action: a.id,
				stage: s.id,
				list: withValue('action', a.id).filter((e) => e.data.stage === s.id),
			})),
		);
		const pair = pairs
			.filter(
				(p) =>
					p.list.length > 0 &&
					p.list.length < withValue('action', p.action).length &&
					p.list.length < withValue('stage', p.stage).length,
			)
			.sort((a, b) => b.list.length - a.list.length)[0];
		expect(pair, 'content has an action and a stage that narrow each other').toBeDefined();
		if (!pair) return;

		await select(page, 'Action').selectOption(pair.action);
		await select(page, 'Failure stage').selectOption(pair.stage);
		await expect.poll(() => shownIds(page)).toEqual(ids(pair.list));
		await expect(status(page)).toHaveText(statusFor(pair.list.length));
		await expect(page).toHaveURL(`/errors/?action=${pair.action}&stage=${pair.stage}`);

		for (const category of CATEGORIES) {
			const total = withValue('category', category.id).length;
			if (total === 0) continue;
			const left = pair.list.filter((e) => e.data.category === category.id).length;
			const group = page.locator(`[data-category-group="${category.id}"]`);
			if (left === 0) await expect(group).toBeHidden();
			else
				await expect(group.getByRole('heading', { level: 2 })).toContainText(
					left === total ? `(${total})` : `(${left} of ${total})`,
				);
		}
	});

	test('the text filter matches a code', async ({ page }) => {
		const entry = errors.find((e) => /^\d{5,}$/.test(e.data.code)) ?? errors[0]!;
		const expected = matchingText(entry.data.code);
		await textBox(page).fill(entry.data.code);
		await expect.poll(() => shownIds(page)).toEqual(ids(expected));
		expect(ids(expected)).toContain(entry.id);
		await expect(page).toHaveURL(`/errors/?q=${entry.data.code}`);
	});

	test('the text filter matches a phrase from a message', async ({ page }) => {
		// Three plain words in a row from the first message that has them.
		let phrase = '';
		for (const e of errors) {
			for (const m of e.data.messages) {
				const words = m.text.split(/\s+/);
				const i = words.findIndex(
					(_, j) => words.slice(j, j + 3).length === 3 && words.slice(j, j + 3).every((w) => /^[a-z]{3,}$/i.test(w)),
				);
				if (i >= 0 && !phrase) phrase = words.slice(i, i + 3).join(' ');
			}
		}
		expect(phrase).not.toBe('');
		const expected = matchingText(phrase);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(errors.length);
		await textBox(page).pressSequentially(phrase.toUpperCase());
		await expect.poll(() => shownIds(page)).toEqual(ids(expected));
		await expect(status(page)).toHaveText(statusFor(expected.length));
	});

	test('an empty result says so and offers to clear the filters', async ({ page }) => {
		await textBox(page).fill('no error has this text');
		await expect(status(page)).toHaveText('No errors match these filters.');
		await expect.poll(() => shownIds(page)).toEqual([]);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => shownIds(page)).toEqual(ids(errors));
		await expect(status(page)).toHaveText(statusFor(errors.length));
		await expect(textBox(page)).toHaveValue('');
		await expect(textBox(page)).toBeFocused();
		await expect(page).toHaveURL('/errors/');
	});

	test('Back and Forward move between filter states', async ({ page }) => {
		const action = ACTIONS.find((a) => withValue('action', a.id).length > 0)!;
		const actionList = withValue('action', action.id);
		const stage = STAGES.find((s) => actionList.some((e) => e.data.stage === s.id))!;
		const both = actionList.filter((e) => e.data.stage === stage.id);

		await select(page, 'Action').selectOption(action.id);
		await select(page, 'Failure stage').selectOption(stage.id);
		await expect.poll(() => shownIds(page)).toEqual(ids(both));

		await page.goBack();
		await expect(page).toHaveURL(`/errors/?action=${action.id}`);
		await expect(select(page, 'Failure stage')).toHaveValue('');
		await expect(select(page, 'Action')).toHaveValue(action.id);
		await expect.poll(() => shownIds(page)).toEqual(ids(actionList));

		await page.goBack();
		await expect(page).toHaveURL('/errors/');
		await expect(select(page, 'Action')).toHaveValue('');
		await expect.poll(() => shownIds(page)).toEqual(ids(errors));

		await page.goForward();
		await expect(select(page, 'Action')).toHaveValue(action.id);
		await expect.poll(() => shownIds(page)).toEqual(ids(actionList));
	});

	test('typing adds one history entry, not one per key', async ({ page }) => {
		await textBox(page).pressSequentially('video');
		await expect(page).toHaveURL('/errors/?q=video');
		await page.goBack();
		await expect(page).toHaveURL('/errors/');
		await expect(textBox(page)).toHaveValue('');
		await expect.poll(() => shownIds(page)).toEqual(ids(errors));
	});
});

test('a filtered link opens the same view: facets and text from the query', async ({ page }) => {
	// A category and an action that occur together, and a word from one such entry's title.
	const entry = errors.find((e) => withValue('category', e.data.category).length > 1 && /\w{5,}/.test(e.data.title))!;
	const word = /\w{5,}/.exec(entry.data.title)![0];
	const expected = matchingText(word).filter(
		(e) => e.data.category === entry.data.category && e.data.action === entry.data.action,
	);
	await page.goto(`/errors/?category=${entry.data.category}&action=${entry.data.action}&q=${encodeURIComponent(word)}`);
	await expect(select(page, 'Category')).toHaveValue(entry.data.category);
	await expect(select(page, 'Action')).toHaveValue(entry.data.action);
	await expect(textBox(page)).toHaveValue(word);
	await expect.poll(() => shownIds(page)).toEqual(ids(expected));
	expect(ids(expected)).toContain(entry.id);
	await expect(status(page)).toHaveText(statusFor(expected.length));
});

test('the header search box fills the text filter (?q=)', async ({ page }) => {
	const entry = errors.find((e) => e.data.graph.some((g) => g.subcode !== undefined)) ?? errors[0]!;
	const q = String(entry.data.graph.find((g) => g.subcode !== undefined)?.subcode ?? entry.data.code);
	await page.goto(`/errors/?q=${q}`);
	await expect(textBox(page)).toHaveValue(q);
	await expect.poll(() => shownIds(page)).toEqual(ids(matchingText(q)));
});

test('values that are not taxonomy ids are ignored', async ({ page }) => {
	await page.goto('/errors/?category=not-a-category&stage=publish');
	await expect(select(page, 'Category')).toHaveValue('');
	await expect.poll(() => shownIds(page)).toEqual(ids(withValue('stage', 'publish')));
});

test.describe('the stage map', () => {
	test('shows each stage with the number of its entries, linking to the index filtered to it', async ({ page }) => {
		await page.goto('/errors/');
		const map = page.getByRole('region', { name: 'Where calls fail' });
		const flow = map.getByRole('list').first();
		// The publishing steps, in taxonomy order, as an ordered list.
		const steps = STAGES.filter((s) => s.group === 'flow').map((s, i) => {
			const count = withValue('stage', s.id).length;
			return new RegExp(`^\\s*${i + 1}\\.\\s*${s.label}\\s+${count} errors?\\s*$`);
		});
		await expect(flow.getByRole('listitem')).toHaveText(steps);
		for (const stage of STAGES) {
			const count = withValue('stage', stage.id).length;
			const name = `${stage.label} ${count} error${count === 1 ? '' : 's'}`;
			if (count === 0) {
				await expect(map.getByText(stage.label, { exact: true })).toBeVisible();
				continue;
			}
			const link = map.getByRole('link', { name, exact: true });
			await expect(link, name).toHaveAttribute('href', `/errors/?stage=${stage.id}`);
		}
	});

	test('choosing a stage filters the list in place and marks the stage', async ({ page }) => {
		await page.goto('/errors/');
		const stage = STAGES.filter((s) => withValue('stage', s.id).length > 0).at(-1)!;
		const link = page
			.getByRole('region', { name: 'Where calls fail' })
			.getByRole('link', { name: new RegExp(`^${stage.label} \\d`) });
		await link.click();
		await expect(page).toHaveURL(`/errors/?stage=${stage.id}`);
		await expect(select(page, 'Failure stage')).toHaveValue(stage.id);
		await expect.poll(() => shownIds(page)).toEqual(ids(withValue('stage', stage.id)));
		await expect(link).toHaveAttribute('aria-current', 'true');
	});
});

test('a category page offers the facets that vary within it', async ({ page }) => {
	const category = CATEGORIES.find((c) => {
		const list = withValue('category', c.id);
		return list.length >= 5 && new Set(list.map((e) => e.data.action)).size > 1;
	});
	expect(category, 'content has a category with five or more entries and two actions').toBeDefined();
	if (!category) return;
	const inCategory = withValue('category', category.id);
	await page.goto(`/categories/${category.id}/`);
	await expect(select(page, 'Category')).toHaveCount(0);
	const action = ACTIONS.find((a) => inCategory.some((e) => e.data.action === a.id))!;
	await select(page, 'Action').selectOption(action.id);
	await expect.poll(() => shownIds(page)).toEqual(ids(inCategory.filter((e) => e.data.action === action.id)));
	await expect(page).toHaveURL(`/categories/${category.id}/?action=${action.id}`);
	await expect(status(page)).toHaveText(
		`Showing ${inCategory.filter((e) => e.data.action === action.id).length} of ${inCategory.length} errors.`,
	);
});

test('error pages do not load the filter script', async ({ page }) => {
	await page.goto(`/errors/${errors[0]!.id}/`);
	expect(await page.evaluate(() => customElements.get('error-filters') === undefined)).toBe(true);
	await page.goto('/errors/');
	expect(await page.evaluate(() => customElements.get('error-filters') !== undefined)).toBe(true);
});
