/** Runs in the chromium-nojs project: without JavaScript, the search box is a plain form to /search/, which lists every error. */
import { expect, test } from '@playwright/test';
import { errors } from './content.ts';

test('the header search box submits to /search/, which lists every error and says search needs JavaScript', async ({
	page,
}) => {
	await page.goto('/errors/2207026/');
	const box = page.getByRole('banner').getByRole('searchbox');
	await box.fill('2207026');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=2207026$/);
	await expect(page.getByText(/Search runs in your browser and needs JavaScript/)).toBeVisible();
	for (const entry of errors) {
		const row = page.locator(`[data-error-row="${entry.id}"]`);
		await expect(row.getByRole('link')).toHaveAttribute('href', `/errors/${entry.id}/`);
		await expect(row).toContainText(entry.data.code);
		await expect(row).toContainText(entry.data.title);
	}
});

test('the /search/ form is a GET form to itself', async ({ page }) => {
	await page.goto('/search/');
	const box = page.getByRole('main').getByRole('searchbox');
	await box.fill('session has been invalidated');
	await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=session\+has\+been\+invalidated$/);
});

test('the 404 page offers the same search form', async ({ page }) => {
	await page.goto('/errors/no-such-code/');
	await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=$/);
});
