/** Runs in the chromium-nojs project: without JavaScript the index cannot filter, so it lists everything. */
import { expect, test } from '@playwright/test';
import { categories, errors } from './content.ts';
import { STAGES } from '../../src/lib/taxonomy.ts';

test('a filtered link shows the full list without JavaScript, and no controls that cannot work', async ({ page }) => {
	const entry = errors[0]!;
	await page.goto(
		`/errors/?category=${entry.data.category}&action=${entry.data.action}&q=${encodeURIComponent(entry.data.code)}`,
	);
	const rows = page.locator('[data-error-row]');
	await expect(rows).toHaveCount(errors.length);
	for (const row of await rows.all()) await expect(row).toBeVisible();
	await expect(page.getByRole('searchbox', { name: 'Code, title or message' })).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Category' })).toBeHidden();
	await expect(page.getByRole('status')).toBeHidden();
});

test('every category on the index is a link to its page without JavaScript', async ({ page }) => {
	await page.goto('/errors/');
	for (const category of categories) {
		const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${category.label}\\b`) });
		await expect(heading.getByRole('link', { name: category.label, exact: true })).toHaveAttribute(
			'href',
			`/categories/${category.id}/`,
		);
	}
});

test('the stage map links each stage to the filtered index without JavaScript', async ({ page }) => {
	await page.goto('/errors/');
	const map = page.getByRole('region', { name: 'Where calls fail' });
	for (const stage of STAGES) {
		const count = errors.filter((e) => e.data.stage === stage.id).length;
		if (count === 0) continue;
		await expect(
			map.getByRole('link', { name: `${stage.label} ${count} error${count === 1 ? '' : 's'}`, exact: true }),
		).toHaveAttribute('href', `/errors/?stage=${stage.id}`);
	}
});
