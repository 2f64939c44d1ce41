/** The guides: reachable from the header, complete, and counted from the content. */
import { expect, test } from '@playwright/test';
import { GUIDES } from '../../src/lib/guides.ts';
import { RETRY_CLASSES, STAGES, getRetryClass } from '../../src/lib/taxonomy.ts';
import { errors } from './content.ts';

test('the header leads to the guides index, which lists every guide', async ({ page }) => {
	await page.goto('/errors/2207026/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
	await expect(page).toHaveURL(/\/guides\/$/);
	for (const guide of GUIDES) {
		await page.getByRole('link', { name: guide.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
		await page.goBack();
	}
});

test('the publishing flow lists, for every stage, exactly the errors of that stage', async ({ page }) => {
	await page.goto('/guides/publishing-flow/');
	for (const stage of STAGES) {
		const ids = errors.filter((e) => e.data.stage === stage.id).map((e) => e.id);
		const section = page.locator(`[data-stage-section="${stage.id}"]`);
		await expect(section.getByRole('heading', { level: 2 })).toContainText(stage.label);
		await expect(section.locator('[data-stage-count]')).toHaveText(String(ids.length));
		const listed = await section.locator('[data-error-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-error-row')));
		expect(listed.sort(), stage.id).toEqual([...ids].sort());
	}
	const beforePublish = errors.filter((e) => STAGES.some((s) => s.flow && s.id === e.data.stage && s.id !== 'publish')).length;
	await expect(page.locator('[data-before-publish]')).toHaveText(String(beforePublish));
	await expect(page.locator('[data-missing-error], [data-missing-faq]')).toHaveCount(0);
	// The quota is never given as one number.
	const quota = page.locator('section[aria-labelledby="publishing-quota"]');
	for (const text of ['100', '50', '25', 'content_publishing_limit']) await expect(quota).toContainText(text);
});

test('retry safety has a row for every error with its retry class, and class counts that agree', async ({ page }) => {
	await page.goto('/guides/retry-safety/');
	const table = page.getByRole('table', { name: /retry class/ });
	await expect(table.locator('tbody tr')).toHaveCount(errors.length);
	for (const entry of errors) {
		const row = table.locator(`tr[data-retry-row="${entry.id}"]`);
		await expect(row.getByRole('link')).toHaveText(entry.data.code);
		await expect(row.getByRole('cell').first()).toHaveText(getRetryClass(entry.data.retry).label);
	}
	for (const retry of RETRY_CLASSES) {
		const count = errors.filter((e) => e.data.retry === retry.id).length;
		await expect(page.locator(`[data-retry-class="${retry.id}"] dt`)).toHaveText(`${retry.label} (${count})`);
	}
	await expect(page.locator('[data-safe-count]')).toHaveText(String(errors.filter((e) => e.data.retry === 'retry-with-backoff').length));
	await expect(page.locator('[data-missing-error], [data-missing-faq]')).toHaveCount(0);
});
