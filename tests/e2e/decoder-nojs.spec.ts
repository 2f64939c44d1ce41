/** Runs in the chromium-nojs project: without JavaScript the decoder says what to do instead, and cannot send the text anywhere. */
import { expect, test } from '@playwright/test';

test('without JavaScript the decoder explains the alternative and sends nothing', async ({ page }) => {
	await page.goto('/decode/');
	await expect(page.getByText('The decoder runs in your browser and needs JavaScript')).toBeVisible();
	await expect(page.getByRole('link', { name: 'look it up in the list of all errors' })).toHaveAttribute(
		'href',
		'/errors/',
	);
	await expect(page.getByRole('textbox', { name: 'Your error' })).not.toHaveAttribute('name');
	await expect(page.getByRole('button', { name: 'Decode', exact: true })).toBeDisabled();
});
