/** Runs in the chromium-csp project (dist/ served with public/_headers): search works under the site's own policy. */
import { expect as baseExpect, test } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 15_000 });

test('search loads Pagefind and shows results with no policy violation', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: ${e.violatedDirective} ${e.blockedURI}`));
	});
	await page.goto('/errors/2207026/');
	await page.keyboard.press('/');
	await page.keyboard.type('2207026');
	const dialog = page.getByRole('dialog', { name: 'Search errors' });
	const first = dialog.getByRole('list', { name: 'Search results' }).locator('[data-pf-result-index="0"]').getByRole('link').first();
	await expect(first).toHaveAttribute('href', '/errors/2207026/');
	await dialog.getByRole('combobox', { name: 'Category' }).click();
	await expect(dialog.getByRole('option').first()).toBeVisible();
	expect(violations).toEqual([]);
});
