/** Runs in the chromium-nojs project: without JavaScript no copy button is shown, only what works. */
import { expect, test } from '@playwright/test';
import { errors } from './content.ts';

test('an error page shows no copy buttons without JavaScript, and keeps its anchor links', async ({ page }) => {
	const entry = errors.find((e) => e.id === '2207026') ?? errors[0]!;
	await page.goto(`/errors/${entry.id}/`);
	await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
	await expect(page.locator('copy-button')).not.toHaveCount(0);
	for (const el of await page.locator('copy-button').all()) await expect(el).toBeHidden();
	await expect(page.getByRole('link', { name: 'Link to this section' }).first()).toBeVisible();
	await expect(page.getByText(entry.data.customerMessage)).toBeVisible();
});
