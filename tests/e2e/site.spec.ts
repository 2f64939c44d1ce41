/** Behaviour only a browser shows: navigation, anchors and short links followed to their page. */
import { expect, test } from '@playwright/test';
import { errors, faq, guides } from './content.ts';

test('the header leads to the guides index, which leads to every guide', async ({ page }) => {
	await page.goto('/errors/2207026/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
	await expect(page).toHaveURL(/\/guides\/$/);
	for (const guide of guides) {
		await page.getByRole('link', { name: guide.data.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.data.title);
		await page.goBack();
	}
});

test('section headings carry anchor links to themselves, and a FAQ anchor scrolls to its question', async ({
	page,
}) => {
	await page.goto('/errors/2207026/');
	const anchors = page.locator('article h2 a.heading-anchor');
	expect(await anchors.count()).toBeGreaterThanOrEqual(6);
	for (const anchor of await anchors.all()) {
		const id = (await anchor.getAttribute('href'))?.slice(1) ?? '';
		await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1);
	}
	const last = faq.at(-1)!;
	await page.goto(`/faq/#${last.id}`);
	await expect(page.locator(`h2[id="${last.id}"]`)).toBeInViewport();
});

test('a short link followed in a browser lands on the error page', async ({ page }) => {
	const picks = [errors.find((e) => /^\d+$/.test(e.id)), errors.find((e) => !/^\d+$/.test(e.id))].filter(
		(e) => e !== undefined,
	);
	for (const entry of picks) {
		for (const path of [`/e/${entry.id}/`, `/${entry.id}/`]) {
			await page.goto(path);
			await page.waitForURL(`**/errors/${entry.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.data.code);
		}
	}
});
