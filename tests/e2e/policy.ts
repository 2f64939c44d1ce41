/**
 * The Playwright `test` for specs that check the site's Content-Security-Policy (astro preview
 * serves public/_headers): its `violations` fixture collects every violation the page reports,
 * from the console and from `securitypolicyviolation` events, from the first navigation on.
 */
import { test as base } from '@playwright/test';

export const test = base.extend<{ violations: string[] }>({
	violations: async ({ page }, use) => {
		const violations: string[] = [];
		page.on('console', (msg) => {
			if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`Refused to load: ${e.violatedDirective} ${e.blockedURI}`),
			);
		});
		await use(violations);
	},
});

export { expect } from '@playwright/test';
