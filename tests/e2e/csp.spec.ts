/**
 * The site is served with the headers of public/_headers applied (astro preview). Every page type
 * must load and work with no Content-Security-Policy violation.
 */
import { PAGE_KINDS } from '../fixtures/built-site.ts';
import { expect, test } from './policy.ts';

test('the security headers are served', async ({ request }) => {
	const response = await request.get('/errors/2207026/');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("default-src 'self'");
	expect(headers['content-security-policy']).not.toContain("'unsafe-inline'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBeTruthy();
	expect(headers['permissions-policy']).toBeTruthy();
});

test('every page kind loads under the policy without violations', async ({ page, violations }) => {
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.getByRole('heading', { level: 1 }), kind).toBeVisible();
		expect(violations, `${kind} page, ${path}`).toEqual([]);
	}
});
