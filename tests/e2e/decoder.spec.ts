/**
 * The decoder page and /errors.json on the built site. Inputs and expected entries are built
 * from the content (tests/e2e/content.ts), never typed in.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { errors } from './content.ts';
import { decode } from '../../src/lib/decode.ts';
import { buildExport, EXPORT_FIELDS, type ErrorExport } from '../../src/lib/error-export.ts';
import { NOT_COVERED } from '../../src/lib/scope.ts';
import { getAction } from '../../src/lib/taxonomy.ts';

/** An entry Meta identifies by code and subcode, and a real error body for it. */
const target =
	errors.find((e) => e.data.graph.some((k) => k.code !== undefined && k.subcode !== undefined) && e.data.type) ??
	errors[0]!;
const key = target.data.graph.find((k) => k.subcode !== undefined)!;
const targetBody = JSON.stringify({
	error: {
		message: 'Invalid parameter',
		type: target.data.type,
		code: key.code,
		error_subcode: key.subcode,
		error_user_title: 'No se pudo publicar',
		fbtrace_id: 'AbC123xYz',
	},
});
/** Another entry, reached through its container status text or its subcode alone. */
const statusEntry = errors.find(
	(e) => e.data.messages.some((m) => m.field === 'status' && !m.text.includes('{')) && e.id !== target.id,
);
const statusText = statusEntry?.data.messages.find((m) => m.field === 'status')?.text;

/** Words of an entry's title in reverse order: related words, but no known text. The decoder must offer, not answer. */
const records = buildExport(errors, (id) => `/errors/${id}/`).errors;
const weak = errors
	.map((e) => ({ id: e.id, text: e.data.title.toLowerCase().split(/\s+/).reverse().join(' ') }))
	.find(({ text }) => !/\d/.test(text) && decode(text, records).verdict === 'possible');

const input = (page: Page) => page.getByRole('textbox', { name: 'Your error' });
const firstMatch = (page: Page) => page.locator('[data-match-rank="1"]');

async function decodeText(page: Page, text: string) {
	await input(page).fill(text);
	await page.getByRole('button', { name: 'Decode', exact: true }).click();
}

test.describe('decoder', () => {
	test.beforeEach(async ({ page }) => {
		page.on('dialog', (dialog) => {
			throw new Error(`unexpected dialog: ${dialog.message()}`);
		});
	});

	test('a pasted error body puts the right entry first, and its link opens its page', async ({ page }) => {
		await page.goto('/decode/');
		await decodeText(page, targetBody);
		await expect(firstMatch(page)).toHaveAttribute('href', `/errors/${target.id}/`);
		await expect(firstMatch(page)).toContainText(target.data.title);
		const best = page.getByRole('region', { name: 'Best match' });
		await expect(best).toContainText(`subcode ${key.subcode}`);
		await expect(best).toContainText(getAction(target.data.action).label);
		await expect(best).toContainText(target.data.retryWhen);
		await expect(page.locator('[data-match-none]')).toHaveCount(0);
		const fields = page.getByRole('region', { name: 'What the decoder read' });
		await expect(fields.getByRole('row', { name: /error_subcode/ })).toContainText(String(key.subcode));
		await expect(fields.getByRole('row', { name: /fbtrace_id/ })).toContainText('AbC123xYz');
		await expect(page.getByRole('status')).toContainText(`Best match: ${target.data.code}`);
		await expect(page.getByText('needs JavaScript')).toBeHidden();

		await firstMatch(page).click();
		await expect(page).toHaveURL(new RegExp(`/errors/${target.id}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(target.data.code);
	});

	test('a body copied from a web page or a chat (entities, curly quotes, a code fence) reads the same', async ({
		page,
	}) => {
		await page.goto('/decode/');
		const fromPage = targetBody.replaceAll('"', '&quot;');
		const fromChat = `\`\`\`json\n${targetBody.replace(/"([^"]*)"/g, '“$1”')}\n\`\`\``;
		for (const text of [fromPage, fromChat]) {
			await decodeText(page, text);
			await expect(firstMatch(page)).toHaveAttribute('href', `/errors/${target.id}/`);
			await expect(page.getByRole('status')).toContainText(`Best match: ${target.data.code}`);
			const fields = page.getByRole('region', { name: 'What the decoder read' });
			await expect(fields.getByRole('row', { name: /fbtrace_id/ })).toContainText('AbC123xYz');
		}
	});

	test('decodes as you type, from a container status text or a bare subcode', async ({ page }) => {
		test.skip(!statusEntry || !statusText, 'no entry with a literal container status text');
		await page.goto('/decode/');
		await input(page).fill(`Error: ${statusText}`);
		await expect(firstMatch(page)).toHaveAttribute('href', `/errors/${statusEntry!.id}/`);
		await input(page).fill(String(key.subcode));
		await expect(firstMatch(page)).toHaveAttribute('href', `/errors/${target.id}/`);
	});

	test('a /decode/#… link reproduces the result, and "Copy link" makes one', async ({ page, context }) => {
		await page.goto(`/decode/#${encodeURIComponent(targetBody)}`);
		await expect(input(page)).toHaveValue(targetBody);
		await expect(firstMatch(page)).toHaveAttribute('href', `/errors/${target.id}/`);
		// editing the text drops the fragment, which no longer describes it
		await input(page).press('End');
		await input(page).pressSequentially(' ');
		await expect(page).toHaveURL(/\/decode\/$/);

		await page.goto('/decode/');
		await decodeText(page, targetBody);
		await page.getByRole('button', { name: 'Copy link' }).click();
		const link = page.getByRole('textbox', { name: 'Link to this result' });
		await expect(link).toHaveValue(/\/decode\/#/);
		const url = await link.inputValue();
		expect(new URL(url).hash).toBe(`#${encodeURIComponent(targetBody)}`);

		const other = await context.newPage();
		await other.goto(url);
		await expect(other.locator('[data-match-rank="1"]')).toHaveAttribute('href', `/errors/${target.id}/`);
	});

	test('when nothing matches it says so, shows what it read and links to search and the index', async ({ page }) => {
		await page.goto('/decode/');
		await decodeText(
			page,
			'{"error":{"message":"Something nobody has seen","type":"OAuthException","code":987654,"error_subcode":7654321}}',
		);
		const none = page.locator('[data-match-none]');
		await expect(none).toBeVisible();
		await expect(none.getByRole('heading', { level: 2 })).toHaveText('No page for this yet');
		await expect(none.locator('[data-understood]')).toContainText('7654321');
		await expect(firstMatch(page)).toHaveCount(0);
		await expect(none.getByRole('link', { name: /Search the reference for “7654321”/ })).toHaveAttribute(
			'href',
			'/search/?q=7654321',
		);
		await expect(none.getByRole('link', { name: 'browse all errors' })).toHaveAttribute('href', '/errors/');
		await expect(page.getByRole('region', { name: 'What the decoder read' })).toContainText('987654');
	});

	test('a paste from an area the reference leaves out says where it belongs, with our nearest page only as a possibility', async ({
		page,
	}) => {
		const ads = NOT_COVERED.find((n) => n.topic === 'ads')!;
		await page.goto('/decode/');
		await decodeText(
			page,
			"Error: 100, Unsupported get request. Object with ID 'act_XXXXXXXX' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
		);
		const none = page.locator('[data-match-none]');
		await expect(none.getByRole('heading', { level: 2 })).toHaveText('Outside this reference');
		const note = none.locator('[data-outside="ads"]');
		await expect(note).toContainText('an ad account id');
		await expect(note.getByRole('link', { name: ads.where })).toHaveAttribute('href', ads.url);
		await expect(page.getByRole('region', { name: 'Best match' })).toHaveCount(0);
		const possible = page.getByRole('region', { name: 'Possible matches' });
		await expect(possible.locator('a[data-match-possible]').first()).toHaveAttribute('href', '/errors/33/');
	});

	test('a weak word match is offered as a possibility, never as the answer', async ({ page }) => {
		expect(weak, 'an entry whose title words alone give only possibilities').toBeDefined();
		await page.goto('/decode/');
		await decodeText(page, weak!.text);
		await expect(page.locator('[data-match-none]').getByRole('heading', { level: 2 })).toHaveText('No certain match');
		await expect(firstMatch(page)).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'Best match' })).toHaveCount(0);
		const possible = page.getByRole('region', { name: 'Possible matches' });
		await expect(possible.locator(`a[href="/errors/${weak!.id}/"]`)).toHaveAttribute('data-match-possible', /\d/);
		await expect(possible).toContainText('words in common');
	});

	test('an XSS attempt runs no script and injects no element', async ({ page }) => {
		const payloads = [
			'<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><svg onload="window.__xss=3">',
			JSON.stringify({
				error: {
					message: '<img src=x onerror="window.__xss=4">',
					type: '<script>window.__xss=5</script>',
					code: 190,
					error_user_msg: '<iframe src="javascript:window.__xss=6">',
				},
			}),
		];
		await page.goto('/decode/');
		const scripts = await page.locator('script').count();
		for (const payload of payloads) {
			await decodeText(page, payload);
			await expect(page.getByRole('status')).not.toBeEmpty();
		}
		await page.goto(`/decode/#${encodeURIComponent(payloads[1]!)}`);
		await expect(page.getByRole('region', { name: 'What the decoder read' })).toContainText(
			'<img src=x onerror="window.__xss=4">',
		);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		const results = page.locator('[data-decoder-results]');
		await expect(results.locator('img, script, svg, iframe')).toHaveCount(0);
		expect(await page.locator('script').count()).toBe(scripts);
	});

	test('hostile input: a megabyte is cut with a notice, garbage and an empty box get a clear message', async ({
		page,
	}) => {
		test.setTimeout(60_000);
		await page.goto('/decode/');
		// a real paste of a megabyte: the page keeps the first part and says so
		await input(page).focus();
		await page.evaluate(
			(text) => {
				const data = new DataTransfer();
				data.setData('text/plain', text);
				document.activeElement?.dispatchEvent(
					new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
				);
			},
			`${targetBody}\n${'x'.repeat(1 << 20)}`,
		);
		await expect(page.locator('[data-decoder-notice]')).toContainText('only the first 20,000 were kept');
		await expect(firstMatch(page)).toHaveAttribute('href', `/errors/${target.id}/`);
		expect((await input(page).inputValue()).length).toBe(20_000);
		await expect(page.getByRole('button', { name: 'Decode', exact: true })).toBeEnabled();

		await decodeText(page, String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 55_000)));
		await expect(page.locator('[data-match-none]')).toBeVisible();

		await decodeText(page, '{"error":{"message":"Invalid param');
		await expect(page.getByRole('status')).not.toBeEmpty();

		await decodeText(page, '');
		await expect(page.getByRole('status')).toHaveText(/Paste an error/);
	});

	test('works with the keyboard alone', async ({ page }) => {
		await page.goto('/decode/');
		for (let i = 0; i < 30 && !(await input(page).evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(input(page)).toBeFocused();
		await page.keyboard.insertText(targetBody);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Decode', exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(firstMatch(page)).toBeVisible();
		for (let i = 0; i < 30 && !(await firstMatch(page).evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(firstMatch(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/errors/${target.id}/$`));
	});

	test('the page asks nothing of any other origin, sends the pasted text nowhere, and loads no search code', async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto('/decode/');
		await decodeText(page, targetBody);
		await expect(firstMatch(page)).toBeVisible();
		const origin = new URL(page.url()).origin;
		expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
		expect(requests.filter((u) => u.includes('AbC123xYz'))).toEqual([]);
		// The answer's views are shared with search; the search dialog and Pagefind stay unloaded.
		expect(requests.filter((u) => /pagefind|search/.test(new URL(u).pathname))).toEqual([]);
	});

	test('results (a match, possible matches, no match) pass axe, WCAG 2.2 AA, in both colour schemes', async ({
		page,
	}) => {
		await page.goto('/decode/');
		const states = [
			{ text: targetBody, shown: page.locator('[data-match-rank="1"]') },
			{ text: weak?.text ?? 'video', shown: page.locator('[data-match-possible]').first() },
			{ text: '{"error":{"code":987654,"error_subcode":7654321}}', shown: page.locator('[data-scope]') },
		];
		for (const { text, shown } of states) {
			await decodeText(page, text);
			await expect(shown).toBeVisible();
			// The decoder's own markup; site-wide parts (header, footer) are covered by the quality gates.
			expect(await axeViolations(page, 'error-decoder'), text).toEqual([]);
		}
	});

	test('an example button fills the box and decodes it', async ({ page }) => {
		await page.goto('/decode/');
		const example = page.getByRole('button', { name: 'A container status' });
		await example.click();
		await expect(input(page)).toHaveValue(/^Error: Media upload has failed/);
		await expect(page.getByRole('status')).toHaveText(/Best match|No certain match|No match/);
	});

	test('the home page and the header link to the decoder', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('link', { name: /decode/i }).first()).toHaveAttribute('href', '/decode/');
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decoder' })).toHaveAttribute(
			'href',
			'/decode/',
		);
	});
});

test.describe('/errors.json', () => {
	test('lists every entry with the documented fields, and each url is a built page', async ({ request }) => {
		const response = await request.get('/errors.json');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('json');
		const data = (await response.json()) as ErrorExport;
		expect(data.version).toBe(1);
		expect(Number.isNaN(Date.parse(data.generated))).toBe(false);
		expect(data.errors.map((e) => e.id).sort()).toEqual(errors.map((e) => e.id).sort());
		for (const entry of errors) {
			const record = data.errors.find((e) => e.id === entry.id)!;
			for (const field of EXPORT_FIELDS) expect(record, `${entry.id}.${field.name}`).toHaveProperty(field.name);
			expect(record).toMatchObject({
				code: entry.data.code,
				title: entry.data.title,
				category: entry.data.category,
				stage: entry.data.stage,
				action: entry.data.action,
				retry: entry.data.retry,
				url: `/errors/${entry.id}/`,
			});
			expect(record.messages.map((m) => m.text)).toEqual(entry.data.messages.map((m) => m.text));
		}
		for (const record of data.errors) {
			const page = await request.get(record.url);
			expect(page.status(), record.url).toBe(200);
			expect(page.headers()['content-type'], record.url).toContain('text/html');
			const h1 = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await page.text())?.[1] ?? '')
				.replace(/&#39;/g, "'")
				.replace(/&quot;/g, '"')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&amp;/g, '&');
			expect(h1, record.url).toContain(record.code);
		}
	});

	test('the /api/ page documents every field', async ({ page }) => {
		await page.goto('/api/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('errors.json');
		for (const field of EXPORT_FIELDS)
			await expect(page.getByRole('cell', { name: field.name, exact: true })).toBeVisible();
	});
});
