/**
 * The support tools on error pages: "Copy link" for the page and each section, and "Copy customer
 * message". Each must put the expected text on the clipboard, confirm it visibly, and work from
 * the keyboard. Expected texts come from the content and the configured site.
 */
import { expect, test, type Page } from '@playwright/test';
import { onSite } from '../fixtures/built-site.ts';
import { errors } from './content.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** A numeric entry, a message-keyed one, and the one with the longest customer message. */
const samples = [
	errors.find((e) => e.id === '2207026') ?? errors[0]!,
	errors.find((e) => !/^\d+$/.test(e.id)),
	[...errors].sort((a, b) => b.data.customerMessage.length - a.data.customerMessage.length)[0],
].filter((e, i, all) => e !== undefined && all.indexOf(e) === i) as typeof errors;

for (const entry of samples) {
	test(`${entry.id}: "Copy customer message" copies the customer text and says so`, async ({ page }) => {
		await page.goto(`/errors/${entry.id}/`);
		const button = page.getByRole('button', { name: 'Copy customer message' });
		await button.click();
		expect(await clipboard(page)).toBe(entry.data.customerMessage);
		await expect(page.getByRole('status').filter({ hasText: 'Message copied' })).toBeVisible();
	});
}

test('"Copy link" copies the page URL on the configured site', async ({ page }) => {
	const entry = samples[0]!;
	await page.goto(`/errors/${entry.id}/`);
	await page.getByRole('button', { name: 'Copy link to this page' }).click();
	expect(await clipboard(page)).toBe(onSite(`/errors/${entry.id}/`));
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
});

test('every section heading has a "Copy link" that copies the link to that section', async ({ page }) => {
	const entry = samples[0]!;
	await page.goto(`/errors/${entry.id}/`);
	const headings = page.locator('article h2[id]');
	const ids = await headings.evaluateAll((els) => els.map((el) => el.id));
	expect(ids.length).toBeGreaterThanOrEqual(6);
	for (const id of ids) {
		// The heading's own words, without its "#" anchor link.
		const name = await page.locator(`h2[id="${id}"]`).evaluate((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.heading-anchor').forEach((a) => a.remove());
			return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
		});
		const button = page.getByRole('button', { name: `Copy link to the section “${name}”` });
		await expect(button, id).toHaveCount(1);
		await button.click();
		expect(await clipboard(page), id).toBe(`${onSite(`/errors/${entry.id}/`)}#${id}`);
	}
});

test('the copy buttons work from the keyboard', async ({ page }) => {
	const entry = samples[0]!;
	await page.goto(`/errors/${entry.id}/`);
	await page.evaluate(() => navigator.clipboard.writeText(''));
	// Tab from the customer message's section link until the copy button has focus, then press Enter.
	await page.locator('h2[id="message-for-the-customer"] a').focus();
	const button = page.getByRole('button', { name: 'Copy customer message' });
	for (let i = 0; i < 5 && !(await button.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	expect(await clipboard(page)).toBe(entry.data.customerMessage);
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await page.keyboard.press('Space');
	expect(await clipboard(page)).toBe(entry.data.customerMessage);
	await expect(page.getByRole('status').filter({ hasText: 'Message copied' })).toBeVisible();
});

test('"Copy as Markdown" copies the page\'s Markdown version and says so', async ({ page }) => {
	const entry = samples[0]!;
	await page.goto(`/errors/${entry.id}/`);
	const expected = await (await page.request.get(`/errors/${entry.id}.md`)).text();
	await page.getByRole('button', { name: 'Copy as Markdown' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Markdown copied' })).toBeVisible();
	expect(await clipboard(page)).toBe(expected);
	expect(expected).toContain(`# ${entry.data.code}: `);
});
