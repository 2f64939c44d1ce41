/** The decoder loads its code and /errors.json and decodes under the site's own policy (astro preview serves public/_headers). */
import { expect, test } from './policy.ts';
import { errors } from './content.ts';

test('the decoder decodes under the Content-Security-Policy without violations', async ({ page, violations }) => {
	const entry = errors.find((e) => e.data.graph.some((k) => k.subcode !== undefined))!;
	const subcode = entry.data.graph.find((k) => k.subcode !== undefined)!.subcode!;
	await page.goto(`/decode/#${encodeURIComponent(JSON.stringify({ error: { code: 1, error_subcode: subcode } }))}`);
	await expect(page.locator('[data-match-rank="1"]')).toHaveAttribute('href', `/errors/${entry.id}/`);
	expect(violations).toEqual([]);
});
