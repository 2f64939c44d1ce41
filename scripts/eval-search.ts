/**
 * The header search against the paste corpus, in headless Chromium on the built site: for every
 * paste that has a page, is that page among the first three results, when the whole paste is
 * pasted into the box and when only its message is typed? For pastes without a page, does the
 * first result claim to be the answer ("Best match")? Run after `npm run build`.
 *
 *   npm run eval:search            the evaluation part: rates only, overall, per batch and per area
 *   PART=dev npm run eval:search   the development part, listing each miss
 *
 * The typed message is what a person would type: the message the paste carries (as the decoder's
 * reader finds it), for pastes that have a page and carry a message that is not word for word
 * another page's text ("Invalid parameter" with a subcode that names a publishing error cannot
 * find its page without the numbers); the count left out is printed. Prints figures; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { extract } from '../src/lib/decode.ts';
import { normalizeMessage } from '../src/lib/text.ts';
import { loadPastes, type CorpusPaste } from '../tests/fixtures/pastes/corpus.ts';
import { resolveChromium } from './lib/chromium.ts';
import { serveDist } from './lib/serve-dist.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const PART = process.env.PART === 'dev' ? 'dev' : 'eval';

if (!existsSync(`${DIST}pagefind/pagefind-entry.json`)) {
	console.error('eval-search: no dist/pagefind/ here. Run `npm run build` first.');
	process.exit(1);
}

interface Result {
	paste: CorpusPaste;
	how: 'pasted' | 'typed';
	ids: string[];
	best: boolean;
}

/** Each page's own texts, comparable: which entries a message names word for word. */
const textsOf = new Map<string, string[]>();
for (const e of JSON.parse(readFileSync(`${DIST}errors.json`, 'utf8')).errors as {
	id: string;
	messages: { text: string }[];
}[])
	for (const m of e.messages) {
		const key = normalizeMessage(m.text);
		textsOf.set(key, [...(textsOf.get(key) ?? []), e.id]);
	}

/**
 * The message a person would type for this paste. Undefined when there is nothing to type apart
 * from the paste itself (no message read), when the paste has no page (typed alone, a message
 * loses what told the area apart: "Invalid parameter" is code 100's own text), or when the message
 * is word for word another page's text.
 */
function typedOf(paste: CorpusPaste): string | undefined {
	if (paste.expect === null) return undefined;
	const { fields } = extract(paste.text);
	const message = (fields.message ?? fields.status)?.slice(0, 300);
	if (!message) return undefined;
	const names = textsOf.get(normalizeMessage(message));
	return names && !names.includes(paste.expect) ? undefined : message;
}

/** The results (entry ids, in order) once search is complete for `text`, and whether the first is marked as the answer. */
async function resultsFor(page: Page, text: string, paste: boolean): Promise<{ ids: string[]; best: boolean }> {
	const box = page.locator('.site-search-dialog [role="combobox"]');
	await box.fill('');
	if (paste) {
		await box.focus();
		await page.keyboard.insertText(text);
	} else await box.fill(text);
	await page.waitForFunction(
		() => {
			const status = document.querySelector('.site-search-dialog [role="status"]')?.textContent ?? '';
			const list = document.querySelector('.site-search-dialog [role="listbox"]');
			return (
				list?.getAttribute('aria-busy') === 'false' && /^(\d+ results?|No results|Search could not load)/.test(status)
			);
		},
		undefined,
		{ timeout: 20_000 },
	);
	return page.evaluate((base) => {
		const options = [...document.querySelectorAll('.site-search-dialog [role="option"]')];
		const ids = options.map((o) => {
			const path = new URL(o.getAttribute('href') ?? '', location.href).pathname.slice(base.length - 1);
			return /^\/errors\/([^/]+)\/$/.exec(path)?.[1] ?? path;
		});
		return { ids, best: options[0]?.textContent?.includes('Best match') ?? false };
	}, BASE);
}

const pastes = await loadPastes(PART);
const { server, origin } = await serveDist(DIST, BASE);
const browser = await chromium.launch({ executablePath: resolveChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${origin}${BASE}errors/`, { waitUntil: 'networkidle' });
await page.keyboard.press('/');
await page.locator('.site-search-dialog [role="combobox"]').waitFor();

const results: Result[] = [];
let untyped = 0;
for (const paste of pastes) {
	results.push({ paste, how: 'pasted', ...(await resultsFor(page, paste.text, true)) });
	const typed = typedOf(paste);
	if (typed === undefined) untyped++;
	else results.push({ paste, how: 'typed', ...(await resultsFor(page, typed, false)) });
}
await browser.close();
server.close();

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
function line(list: Result[]): string {
	const out = [];
	for (const how of ['pasted', 'typed'] as const) {
		const paged = list.filter((r) => r.how === how && r.paste.expect !== null);
		const top1 = paged.filter((r) => r.ids[0] === r.paste.expect).length;
		const top3 = paged.filter((r) => r.ids.slice(0, 3).includes(r.paste.expect!)).length;
		const unpaged = list.filter((r) => r.how === how && r.paste.expect === null);
		const declined = unpaged.filter((r) => !r.best).length;
		out.push(
			`${how}: top-1 ${pct(top1, paged.length)}, top-3 ${pct(top3, paged.length)} (${top3}/${paged.length}); no "Best match" without a page ${pct(declined, unpaged.length)} (${declined}/${unpaged.length})`,
		);
	}
	return out.join(' | ');
}

console.log(
	`header search, ${PART === 'dev' ? 'development' : 'evaluation'} part, ${pastes.length} pastes (${untyped} not typed: no page, no message, or another page's text)`,
);
console.log(`  all                      ${line(results)}`);
const groups = (key: (r: Result) => string) => {
	const map = new Map<string, Result[]>();
	for (const r of results) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
	return [...map].sort();
};
if (PART === 'eval') {
	console.log('by batch:');
	for (const [file, list] of groups((r) => r.paste.file)) console.log(`  ${file.padEnd(24)} ${line(list)}`);
	console.log('by area:');
	for (const [area, list] of groups((r) => r.paste.area ?? 'unknown'))
		console.log(`  ${area.padEnd(24)} ${line(list)}`);
} else {
	for (const r of results) {
		const miss = r.paste.expect === null ? r.best : !r.ids.slice(0, 3).includes(r.paste.expect);
		if (miss)
			console.log(
				`  miss (${r.how}) [${r.paste.file}] expected ${r.paste.expect ?? 'no best match'}, got ${r.ids.slice(0, 3).join(', ') || 'nothing'}: ${r.paste.text.slice(0, 90).replace(/\s+/g, ' ')}`,
			);
	}
}
