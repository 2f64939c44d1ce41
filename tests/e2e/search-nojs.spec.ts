/** Runs in the chromium-nojs project: without JavaScript, the search box is a plain form to the error index. */
import { expect, test } from '@playwright/test';

test('the header search box submits to the error index', async ({ page }) => {
	await page.goto('/errors/2207026/');
	const box = page.getByRole('banner').getByRole('searchbox');
	await box.fill('2207026');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/errors\/\?q=2207026$/);
	await expect(page.locator('[data-error-row="2207026"]')).toBeVisible();
});

test('the 404 page offers the same search form', async ({ page }) => {
	await page.goto('/errors/no-such-code/');
	await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/errors\/\?q=$/);
});
