/** The filters work under the site's own policy (astro preview serves public/_headers). */
import { expect, test } from './policy.ts';
import { errors } from './content.ts';
import { STAGES } from '../../src/lib/taxonomy.ts';

test('the index filters under the Content-Security-Policy', async ({ page, violations }) => {
	const stage = STAGES.find((s) => errors.some((e) => e.data.stage === s.id))!;
	const expected = errors.filter((e) => e.data.stage === stage.id).length;
	await page.goto(`/errors/?stage=${stage.id}`);
	await expect(page.getByRole('status')).toHaveText(`Showing ${expected} of ${errors.length} errors.`);
	await expect(page.locator('[data-error-row]:visible')).toHaveCount(expected);
	expect(violations).toEqual([]);
});
