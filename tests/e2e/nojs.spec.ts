/** Runs in the chromium-nojs project: content pages must be complete without JavaScript. */
import { expect, test } from '@playwright/test';
import { errors, faq } from './content.ts';

test('the index lists every error without JavaScript', async ({ page }) => {
	await page.goto('/errors/');
	await expect(page.locator('[data-error-row]')).toHaveCount(errors.length);
	for (const row of await page.locator('[data-error-row]').all()) await expect(row).toBeVisible();
});

test('an error page shows its full content without JavaScript', async ({ page }) => {
	const entry = errors.find((e) => e.id === '2207026') ?? errors[0]!;
	await page.goto(`/errors/${entry.id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.data.code);
	await expect(page.getByText(entry.data.customerMessage)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
});

test('category pages and the FAQ show their content without JavaScript', async ({ page }) => {
	await page.goto('/categories/media-format/');
	await expect(page.locator('[data-error-row]')).toHaveCount(
		errors.filter((e) => e.data.category === 'media-format').length,
	);
	await page.goto('/faq/');
	for (const item of faq) await expect(page.getByRole('heading', { name: item.data.question })).toBeVisible();
});
