/** Search loads the data and Pagefind and answers under the site's own policy (astro preview serves public/_headers). */
import { expect as baseExpect, test } from './policy.ts';

const expect = baseExpect.configure({ timeout: 15_000 });

test('search loads the data and Pagefind and shows results with no policy violation', async ({ page, violations }) => {
	await page.goto('/errors/2207026/');
	await page.keyboard.press('/');
	await page.keyboard.type('2207026');
	const dialog = page.getByRole('dialog', { name: 'Search errors' });
	const list = dialog.getByRole('listbox', { name: 'Search results' });
	await expect(list.getByRole('option').first()).toHaveAttribute('href', '/errors/2207026/');
	// Words go to Pagefind (WebAssembly, a worker): both must load under the policy.
	await dialog.getByRole('combobox').fill('aspect ratio');
	await expect(list).toHaveAttribute('aria-busy', 'false');
	await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “aspect ratio”/);
	await page.goto('/search/?q=aspect%20ratio');
	await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toBeVisible();
	expect(violations).toEqual([]);
});
