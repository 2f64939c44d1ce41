import { expect, test } from '@playwright/test';
import { categories, errors } from './content.ts';
import { getAction, getStage } from '../../src/lib/taxonomy.ts';

test('the content holds at least the 30 seed errors', () => {
	expect(errors.length).toBeGreaterThanOrEqual(30);
});

for (const entry of errors) {
	test(`${entry.id}: its page shows code, title, action, stage and every section`, async ({ page }) => {
		const response = await page.goto(`/errors/${entry.id}/`);
		expect(response?.status(), entry.id).toBe(200);
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toContainText(entry.data.code);
		await expect(h1).toContainText(entry.data.title);
		const summary = page.getByRole('region', { name: 'Summary' });
		await expect(summary).toContainText(getAction(entry.data.action).label);
		await expect(summary).toContainText(getStage(entry.data.stage).label);
		for (const heading of ['What happened', 'What to do', 'What not to do', 'Message for the customer', 'Before you escalate to Meta']) {
			await expect(page.getByRole('heading', { level: 2, name: heading }), `${entry.id}: ${heading}`).toBeVisible();
		}
		await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
	});
}

test('section headings carry anchor links to themselves', async ({ page }) => {
	await page.goto('/errors/2207026/');
	const anchors = page.locator('article h2 a.heading-anchor');
	expect(await anchors.count()).toBeGreaterThanOrEqual(6);
	for (const anchor of await anchors.all()) {
		const href = await anchor.getAttribute('href');
		const id = href?.slice(1) ?? '';
		await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1);
	}
});

test('each category page lists exactly its entries and says how many', async ({ page }) => {
	for (const category of categories) {
		await page.goto(`/categories/${category.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${category.label} errors`);
		const rows = page.locator('[data-error-row]');
		expect((await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-error-row')))).sort()).toEqual([...category.ids].sort());
		await expect(page.locator('[data-category-count]')).toHaveText(String(category.ids.length));
	}
});

test('the index lists every error once, grouped by category, with counts that agree', async ({ page }) => {
	await page.goto('/errors/');
	const ids = await page.locator('[data-error-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-error-row')));
	expect(ids.sort()).toEqual(errors.map((e) => e.id).sort());
	await expect(page.locator('[data-total]')).toHaveText(String(errors.length));
	for (const category of categories) {
		const group = page.locator(`[data-category-group="${category.id}"]`);
		await expect(group.locator('[data-error-row]')).toHaveCount(category.ids.length);
		await expect(group.getByRole('heading', { level: 2 })).toContainText(`(${category.ids.length})`);
	}
});

test('the home page shows each category with its count and links to it', async ({ page }) => {
	await page.goto('/');
	for (const category of categories) {
		await expect(page.locator(`[data-home-count="${category.id}"]`)).toHaveText(`(${category.ids.length})`);
		await expect(page.getByRole('link', { name: category.label, exact: true })).toHaveAttribute('href', `/categories/${category.id}/`);
	}
});

test('pages are built from the content: no page claims a count the content does not have', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: `Browse all ${errors.length} errors` })).toBeVisible();
});
