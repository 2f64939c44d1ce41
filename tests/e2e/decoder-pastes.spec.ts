/**
 * Real-shaped pastes into /decode/ at phone and desktop width: a wrapped JSON body, a log line,
 * the WWW-Authenticate header, and pastes with no page, which must say what was understood and
 * link the nearest family page instead of a confident wrong answer.
 */
import { expect, test, type Page } from '@playwright/test';
import { errors } from './content.ts';

const has = (id: string) => errors.some((e) => e.id === id);

const WIDTHS = [
	{ name: 'phone', viewport: { width: 390, height: 844 } },
	{ name: 'desktop', viewport: { width: 1280, height: 900 } },
];

const PASTES = [
	{
		name: 'an SDK-wrapped JSON body',
		text: '{"response":{"status":400,"body":{"error":{"message":"Media ID is not available","type":"OAuthException","code":9007,"error_subcode":2207027,"is_transient":false,"error_user_title":"Cannot publish","fbtrace_id":"X"}}}}',
		expect: '2207027',
		why: 'subcode 2207027',
	},
	{
		name: 'a log line with the message inside',
		text: '[2026-11-29 09:14:55] production.ERROR: Instagram: The media could not be fetched from this uri: https://cdn.example.com/a.jpg {"post_id":9911}',
		expect: '2207052',
		why: 'The media could not be fetched',
	},
	{
		name: 'the WWW-Authenticate header, closing quote lost',
		text: 'WWW-Authenticate: OAuth "Facebook Platform" "invalid_request" "(#4) Application request limit reached',
		expect: '4',
		why: 'Application request limit reached',
	},
];

async function decodeText(page: Page, text: string) {
	await page.getByRole('textbox', { name: 'Your error' }).fill(text);
	await page.getByRole('button', { name: 'Decode', exact: true }).click();
}

for (const { name: width, viewport } of WIDTHS) {
	test.describe(`decoder pastes at ${width} width`, () => {
		test.use({ viewport });

		test('each real-shaped paste leads to its page and says why', async ({ page }) => {
			await page.goto('/decode/');
			for (const paste of PASTES.filter((p) => has(p.expect))) {
				await test.step(paste.name, async () => {
					await decodeText(page, paste.text);
					const first = page.locator('[data-match-rank="1"]');
					await expect(first).toHaveAttribute('href', `/errors/${paste.expect}/`);
					const best = page.getByRole('region', { name: 'Best match' });
					await expect(best).toContainText('Matched on:');
					await expect(best).toContainText(paste.why);
					await expect(page.locator('[data-match-none]')).toHaveCount(0);
					const box = await best.boundingBox();
					expect(box && box.width <= viewport.width, 'the result fits the screen').toBeTruthy();
				});
			}
		});

		test('pastes with no page say what was understood, name the nearest family, and claim no match', async ({
			page,
		}) => {
			await page.goto('/decode/');
			const none = page.locator('[data-match-none]');
			const understood = none.locator('[data-understood]');

			if (has('190'))
				await test.step('a code with an undocumented subcode: the code page as family', async () => {
					await decodeText(page, 'GraphRequestError: code 190 (OAuthException) subcode 999');
					await expect(none).toBeVisible();
					await expect(page.getByRole('region', { name: 'Best match' })).toHaveCount(0);
					await expect(understood).toContainText('190');
					await expect(understood).toContainText('999');
					await expect(understood).toContainText('OAuthException');
					await expect(none.locator('[data-decoder-family] a')).toHaveAttribute('href', '/errors/190/');
				});

			await test.step('an HTTP 429 with no body: the host and status shown, throttling as family', async () => {
				await decodeText(page, 'HTTP/1.1 429 Too Many Requests (graph.facebook.com)');
				await expect(none.getByRole('heading', { level: 2 })).toHaveText('No page for this yet');
				await expect(understood).toContainText('429');
				await expect(understood).toContainText('graph.facebook.com');
				await expect(none.locator('[data-decoder-family] a')).toHaveAttribute('href', '/categories/rate-limiting/');
			});

			await test.step("Instagram Login's shape with an unknown message: the HTTP status is not read as a code", async () => {
				await decodeText(
					page,
					`{"error_type": "OAuthException", "code": 400, "error_message": "Sorry, this content isn't available right now"}`,
				);
				await expect(understood).toContainText("Sorry, this content isn't available right now");
				await expect(understood).toContainText('HTTP status');
				await expect(understood.getByRole('term').filter({ hasText: /^code$/ })).toHaveCount(0);
				await expect(page.locator('[data-match-rank="1"]')).toHaveCount(0);
				// What the reference leaves out, with Meta's references for it.
				await expect(none.locator('[data-scope] a').first()).toHaveAttribute(
					'href',
					/^https:\/\/developers\.facebook\.com\//,
				);
			});
		});
	});
}
