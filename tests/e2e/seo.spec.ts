/**
 * What search engines and link previews read, checked over every page of the built site:
 * titles, descriptions, canonical URLs, social tags, JSON-LD, the sitemap, robots.txt and short
 * links. Expectations come from the content and the configured site, never typed in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hasRootShortLink } from '../../src/lib/short-links.ts';
import { builtPages, onSite, sitePath, textOf, type BuiltPage } from './built-pages.ts';
import { errors, faq } from './content.ts';
import { DIST } from './site.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const redirects = pages.filter((p) => p.refresh !== undefined);
const contentPages = pages.filter((p) => p.refresh === undefined);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const cardsOn = !/^(off|0|false|no)$/i.test(process.env['SOCIAL_CARDS'] ?? '');

function duplicates(values: (string | undefined)[]): string[] {
	const seen = new Map<string, number>();
	for (const v of values) if (v) seen.set(v, (seen.get(v) ?? 0) + 1);
	return [...seen].filter(([, n]) => n > 1).map(([v, n]) => `${n}× ${v}`);
}

function page(path: string): BuiltPage {
	const found = byPath.get(path);
	if (!found) throw new Error(`no built page at ${path}`);
	return found;
}

test.describe('every page', () => {
	test('has a title, a description and a canonical URL on the configured site, and no two share a title or description', () => {
		expect(pages.length).toBeGreaterThan(errors.length * 2);
		const problems: string[] = [];
		for (const p of pages) {
			if (!p.title?.trim()) problems.push(`${p.path}: no <title>`);
			if (!p.description || p.description.length < 40) problems.push(`${p.path}: description missing or under 40 characters`);
			if (!p.canonical?.startsWith(onSite('/'))) problems.push(`${p.path}: canonical ${p.canonical} is not on ${onSite('/')}`);
		}
		expect(problems).toEqual([]);
		expect(duplicates(pages.map((p) => p.title)), 'duplicate titles').toEqual([]);
		expect(duplicates(pages.map((p) => p.description)), 'duplicate descriptions').toEqual([]);
	});

	test('a content page is its own canonical URL; a redirect page points at its target', () => {
		for (const p of contentPages) expect(p.canonical, p.path).toBe(onSite(p.path));
		expect(redirects.length).toBeGreaterThan(0);
		for (const r of redirects) {
			const target = sitePath(r.canonical ?? '');
			expect(target, `${r.path}: canonical`).not.toBeNull();
			expect(r.refresh, `${r.path}: refresh`).toBe(new URL(onSite(target ?? '/')).pathname);
			expect(r.noindex, `${r.path}: noindex`).toBe(true);
		}
	});

	test('has Open Graph and Twitter card tags that agree with the page', () => {
		for (const p of contentPages) {
			expect(p.meta.get('og:title'), p.path).toBe(p.title);
			expect(p.meta.get('og:description'), p.path).toBe(p.description);
			expect(p.meta.get('og:url'), p.path).toBe(p.canonical);
			expect(p.meta.get('og:type'), p.path).toMatch(/^(website|article)$/);
			expect(p.meta.get('twitter:title'), p.path).toBe(p.title);
			expect(p.meta.get('twitter:description'), p.path).toBe(p.description);
			expect(p.meta.get('twitter:card'), p.path).toBe(p.meta.has('og:image') ? 'summary_large_image' : 'summary');
		}
	});
});

test.describe('error pages', () => {
	test('lead the title with the code, use the entry description, and declare the review date', () => {
		for (const entry of errors) {
			const p = page(`/errors/${entry.id}/`);
			expect(p.title?.startsWith(`${entry.data.code}: ${entry.data.title}`), `${entry.id}: ${p.title}`).toBe(true);
			expect(p.description).toBe(entry.data.description);
			expect(p.meta.get('og:type')).toBe('article');
			expect(p.meta.get('article:modified_time')).toBe(isoDate(entry.data.updated));
		}
	});

	test('carry a social card: an absolute og:image that is a 1200×630 PNG in the build', () => {
		test.skip(!cardsOn, 'social cards are off (SOCIAL_CARDS=off)');
		for (const entry of errors) {
			const p = page(`/errors/${entry.id}/`);
			const image = p.meta.get('og:image');
			expect(image, entry.id).toBe(onSite(`/og/${entry.id}.png`));
			expect(p.meta.get('twitter:image')).toBe(image);
			expect(p.meta.get('og:image:alt')).toContain(entry.data.code);
			const png = readFileSync(`${DIST}og/${entry.id}.png`);
			expect(png.subarray(1, 4).toString('latin1'), `${entry.id}: PNG signature`).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${entry.id}: size`).toEqual([1200, 630]);
		}
	});
});

/** Checks one JSON-LD object against what its type requires and what the page shows. */
function checkJsonLd(p: BuiltPage, data: Record<string, unknown>, problems: string[]) {
	const say = (message: string) => problems.push(`${p.path}: ${String(data['@type'])}: ${message}`);
	if (data['@context'] !== 'https://schema.org') say('@context is not https://schema.org');
	switch (data['@type']) {
		case 'TechArticle': {
			for (const key of ['headline', 'description', 'url', 'dateModified'] as const) {
				if (typeof data[key] !== 'string' || !(data[key] as string).trim()) say(`${key} missing`);
			}
			if (!/^\d{4}-\d{2}-\d{2}$/.test(String(data['dateModified']))) say(`dateModified "${String(data['dateModified'])}" is not a date`);
			if (data['url'] !== p.canonical) say(`url ${String(data['url'])} is not the canonical URL`);
			if (data['description'] !== p.description) say('description differs from the meta description');
			if ((data['publisher'] as { name?: unknown } | undefined)?.name === undefined) say('publisher.name missing');
			if (p.meta.has('og:image') && data['image'] !== p.meta.get('og:image')) say('image differs from og:image');
			break;
		}
		case 'BreadcrumbList': {
			const items = (data['itemListElement'] ?? []) as { position: number; name: string; item: string }[];
			if (items.length < 2) say('fewer than two items');
			const nav = /<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(p.html)?.[0];
			if (!nav) say('no visible breadcrumb trail');
			const shown = [...(nav ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!).replace(/^\/\s*/, ''));
			if (JSON.stringify(items.map((i) => i.name)) !== JSON.stringify(shown)) say(`names ${JSON.stringify(items.map((i) => i.name))} differ from the trail ${JSON.stringify(shown)}`);
			items.forEach((item, i) => {
				if (item.position !== i + 1) say(`item ${i} has position ${item.position}`);
				if (!item.item?.startsWith(onSite('/'))) say(`item ${i} is not on the site`);
				else if (!byPath.has(sitePath(item.item) ?? '')) say(`item ${item.item} is not a built page`);
			});
			if (items.at(-1)?.item !== p.canonical) say('last item is not the page itself');
			break;
		}
		case 'FAQPage': {
			const questions = (data['mainEntity'] ?? []) as { '@type': string; name: string; url: string; acceptedAnswer?: { '@type': string; text: string } }[];
			if (questions.length === 0) say('no questions');
			for (const q of questions) {
				if (q['@type'] !== 'Question' || !q.name) say(`question without a name: ${JSON.stringify(q)}`);
				if (q.acceptedAnswer?.['@type'] !== 'Answer' || !q.acceptedAnswer.text) say(`"${q.name}" has no accepted answer`);
			}
			break;
		}
		default:
			say('a JSON-LD type this test does not know: add its required properties here');
	}
}

test('every JSON-LD block parses and has the properties its type requires, with values the page shows', () => {
	const problems: string[] = [];
	const typesOn = new Map<string, string[]>();
	for (const p of pages) {
		const types: string[] = [];
		for (const raw of p.jsonLd) {
			let data: Record<string, unknown>;
			try {
				data = JSON.parse(raw) as Record<string, unknown>;
			} catch (error) {
				problems.push(`${p.path}: JSON-LD does not parse: ${String(error)}`);
				continue;
			}
			types.push(String(data['@type']));
			checkJsonLd(p, data, problems);
		}
		typesOn.set(p.path, types);
	}
	expect(problems).toEqual([]);
	for (const entry of errors) {
		const p = page(`/errors/${entry.id}/`);
		expect(typesOn.get(p.path), p.path).toEqual(expect.arrayContaining(['TechArticle', 'BreadcrumbList']));
		const article = p.jsonLd.map((raw) => JSON.parse(raw) as Record<string, unknown>).find((d) => d['@type'] === 'TechArticle');
		expect(article?.['dateModified'], entry.id).toBe(isoDate(entry.data.updated));
		expect(article?.['headline'], entry.id).toBe(`${entry.data.code}: ${entry.data.title}`);
	}
	expect(typesOn.get('/faq/')).toContain('FAQPage');
	// Every page that shows a breadcrumb trail describes it.
	for (const p of contentPages) {
		if (p.html.includes('aria-label="Breadcrumb"')) expect(typesOn.get(p.path), p.path).toContain('BreadcrumbList');
	}
});

test.describe('the FAQ', () => {
	test('every question has an anchor with a visible link to it, and the FAQPage data matches what the page shows', async ({ page: browser }) => {
		expect(faq.length).toBeGreaterThan(0);
		await browser.goto('/faq/');
		const data = JSON.parse(page('/faq/').jsonLd.find((raw) => raw.includes('"FAQPage"')) ?? '{}') as {
			mainEntity: { name: string; url: string; acceptedAnswer: { text: string } }[];
		};
		expect(data.mainEntity.map((q) => q.name)).toEqual([...faq].sort((a, b) => a.data.order - b.data.order).map((f) => f.data.question));
		for (const item of faq) {
			const heading = browser.locator(`h2[id="${item.id}"]`);
			await expect(heading, item.id).toHaveCount(1);
			await expect(heading).toContainText(item.data.question);
			const anchor = heading.locator(`a[href="#${item.id}"]`);
			await expect(anchor, `${item.id}: anchor link`).toBeVisible();
			const question = data.mainEntity.find((q) => q.name === item.data.question);
			expect(question?.url, item.id).toBe(`${onSite('/faq/')}#${item.id}`);
			expect(question?.acceptedAnswer.text).toBe(item.data.short);
			await expect(browser.locator(`[data-faq-item="${item.id}"]`).getByText(item.data.short, { exact: true })).toBeVisible();
		}
		const last = faq.at(-1)!;
		await browser.goto(`/faq/#${last.id}`);
		await expect(browser.locator(`h2[id="${last.id}"]`)).toBeInViewport();
	});
});

test.describe('sitemap.xml and robots.txt', () => {
	const xml = readFileSync(`${DIST}sitemap.xml`, 'utf8');
	const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] }));

	test('lists exactly the indexable pages: no redirect, no 404, nothing twice', () => {
		const shortPaths = new Set(errors.flatMap((e) => [`/e/${e.id}/`, ...(hasRootShortLink(e.id) ? [`/${e.id}/`] : [])]));
		const expected = pages
			.map((p) => p.path)
			.filter((path) => !shortPaths.has(path) && path !== '/404.html')
			.map(onSite)
			.sort();
		expect(urls.map((u) => u.loc).sort()).toEqual(expected);
		expect(new Set(urls.map((u) => u.loc)).size).toBe(urls.length);
		for (const entry of errors) expect(urls.map((u) => u.loc)).toContain(onSite(`/errors/${entry.id}/`));
	});

	test("gives each error page its entry's review date as lastmod", () => {
		for (const entry of errors) {
			expect(urls.find((u) => u.loc === onSite(`/errors/${entry.id}/`))?.lastmod, entry.id).toBe(isoDate(entry.data.updated));
		}
		const newest = isoDate(new Date(Math.max(...errors.map((e) => e.data.updated.getTime()))));
		expect(urls.find((u) => u.loc === onSite('/errors/'))?.lastmod).toBe(newest);
	});

	test('every URL in it exists', async ({ request }) => {
		for (const { loc } of urls) {
			const response = await request.get(new URL(loc).pathname);
			expect(response.status(), loc).toBe(200);
		}
	});

	test('robots.txt points to it', async ({ request }) => {
		const response = await request.get(new URL(onSite('/robots.txt')).pathname);
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain(`Sitemap: ${onSite('/sitemap.xml')}`);
		expect(existsSync(`${DIST}sitemap.xml`)).toBe(true);
	});
});

test.describe('short links', () => {
	test('/e/<id>/ and /<id>/ are redirect pages to the error page, for every entry', async ({ request }) => {
		for (const entry of errors) {
			const target = onSite(`/errors/${entry.id}/`);
			const paths = [`/e/${entry.id}/`, ...(hasRootShortLink(entry.id) ? [`/${entry.id}/`] : [])];
			for (const path of paths) {
				const r = page(path);
				expect(r.canonical, path).toBe(target);
				expect(r.refresh, path).toBe(new URL(target).pathname);
				// A visible link for browsers that do not follow the refresh.
				expect(r.html, path).toMatch(new RegExp(`<a href="${new URL(target).pathname}"[^>]*>`));
				expect(textOf(r.html), path).toContain(`${entry.data.code}: ${entry.data.title}`);
				const response = await request.get(new URL(onSite(path)).pathname);
				expect(response.status(), path).toBe(200);
			}
		}
	});

	test('a browser that follows one lands on the error page', async ({ page: browser }) => {
		const picks = [errors.find((e) => /^\d+$/.test(e.id)), errors.find((e) => !/^\d+$/.test(e.id))].filter((e) => e !== undefined);
		for (const entry of picks) {
			for (const path of [`/e/${entry.id}/`, `/${entry.id}/`]) {
				await browser.goto(new URL(onSite(path)).pathname);
				await browser.waitForURL(`**/errors/${entry.id}/`);
				await expect(browser.getByRole('heading', { level: 1 })).toContainText(entry.data.code);
			}
		}
	});

});
