/**
 * What search engines and link previews read, checked over every built page: titles,
 * descriptions, canonical URLs, social tags, JSON-LD, the sitemap, robots.txt and short links.
 * Expectations come from the content and the configured site, never from the code under test.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hasRootShortLink } from '../../src/lib/short-links.ts';
import { builtPages, DIST, onSite, sitemapUrls, sitePath, textOf, type BuiltPage } from '../fixtures/built-site.ts';
import { errors, faq, guides } from '../fixtures/content.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const redirects = pages.filter((p) => p.refresh !== undefined);
const contentPages = pages.filter((p) => p.refresh === undefined);
const day = (d: Date) => d.toISOString().slice(0, 10);
const newest = (dates: Date[]) => day(new Date(Math.max(...dates.map((d) => d.getTime()))));
/** Social cards are drawn unless the build ran with SOCIAL_CARDS=off (as the test build does, to save time). */
const cardsOn = existsSync(`${DIST}og`);

function duplicates(values: (string | undefined)[]): string[] {
	const seen = new Map<string, number>();
	for (const v of values) if (v) seen.set(v, (seen.get(v) ?? 0) + 1);
	return [...seen].filter(([, n]) => n > 1).map(([v, n]) => `${n}× ${v}`);
}

function page(path: string): BuiltPage {
	const found = byPath.get(path);
	assert.ok(found, `no built page at ${path}`);
	return found;
}

describe('every content page', () => {
	it('has a title of at most 60 characters, a description of 40 to 155, and is its own canonical URL; no two share a title or description', () => {
		const problems: string[] = [];
		for (const p of contentPages) {
			if (!p.title?.trim() || p.title.length > 60) problems.push(`${p.path}: title length ${p.title?.length}`);
			if (!p.description || p.description.length < 40 || p.description.length > 155)
				problems.push(`${p.path}: description length ${p.description?.length}`);
			if (p.canonical !== onSite(p.path)) problems.push(`${p.path}: canonical ${p.canonical}`);
		}
		assert.deepEqual(problems, []);
		assert.deepEqual(duplicates(contentPages.map((p) => p.title)), [], 'duplicate titles');
		assert.deepEqual(duplicates(contentPages.map((p) => p.description)), [], 'duplicate descriptions');
	});

	it('has Open Graph and Twitter card tags that agree with the page', () => {
		for (const p of contentPages) {
			assert.equal(p.meta.get('og:title'), p.title, p.path);
			assert.equal(p.meta.get('og:description'), p.description, p.path);
			assert.equal(p.meta.get('og:url'), p.canonical, p.path);
			assert.match(p.meta.get('og:type') ?? '', /^(website|article)$/, p.path);
			assert.equal(p.meta.get('twitter:title'), undefined, `${p.path}: X reads og:title`);
			assert.equal(p.meta.get('twitter:card'), p.meta.has('og:image') ? 'summary_large_image' : 'summary', p.path);
		}
	});
});

describe('error pages', () => {
	it('lead the title with the code (or its short name), then what failed; use the entry description; declare the review date', () => {
		for (const entry of errors) {
			const p = page(`/errors/${entry.id}/`);
			const key = entry.data.name ?? entry.data.code;
			assert.ok(p.title?.startsWith(`${key}: ${entry.data.title} · `), `${entry.id}: ${p.title}`);
			assert.equal(p.description, entry.data.description, entry.id);
			assert.equal(p.meta.get('og:type'), 'article', entry.id);
			assert.equal(p.meta.get('article:modified_time'), day(entry.data.updated), entry.id);
		}
	});

	it('carry a social card when cards were drawn (an absolute og:image, a 1200×630 PNG), and no og:image otherwise', () => {
		for (const entry of errors) {
			if (!cardsOn) {
				assert.equal(page(`/errors/${entry.id}/`).meta.get('og:image'), undefined, entry.id);
				continue;
			}
			const p = page(`/errors/${entry.id}/`);
			assert.equal(p.meta.get('og:image'), onSite(`/og/${entry.id}.png`));
			const png = readFileSync(`${DIST}og/${entry.id}.png`);
			assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
			assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
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
			if (data['dateModified'] !== p.meta.get('article:modified_time'))
				say(`dateModified ${String(data['dateModified'])} differs from article:modified_time`);
			if (data['url'] !== p.canonical) say(`url ${String(data['url'])} is not the canonical URL`);
			if (data['description'] !== p.description) say('description differs from the meta description');
			if (p.meta.has('og:image') && data['image'] !== p.meta.get('og:image')) say('image differs from og:image');
			break;
		}
		case 'BreadcrumbList': {
			const items = (data['itemListElement'] ?? []) as { position: number; name: string; item: string }[];
			const nav = /<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/.exec(p.html)?.[0];
			if (!nav) say('no visible breadcrumb trail');
			const shown = [...(nav ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
				textOf(m[1]!).replace(/^\/\s*/, ''),
			);
			if (JSON.stringify(items.map((i) => i.name)) !== JSON.stringify(shown))
				say(`names ${JSON.stringify(items.map((i) => i.name))} differ from the trail ${JSON.stringify(shown)}`);
			items.forEach((item, i) => {
				if (item.position !== i + 1) say(`item ${i} has position ${item.position}`);
				if (!byPath.has(sitePath(item.item) ?? '')) say(`item ${item.item} is not a built page`);
			});
			if (items.at(-1)?.item !== p.canonical) say('last item is not the page itself');
			break;
		}
		case 'FAQPage': {
			const questions = (data['mainEntity'] ?? []) as {
				name: string;
				url: string;
				acceptedAnswer?: { text: string };
			}[];
			const expected = faq.map((f) => [f.data.question, onSite(`/faq/#${f.id}`), f.data.short]);
			if (JSON.stringify(questions.map((q) => [q.name, q.url, q.acceptedAnswer?.text])) !== JSON.stringify(expected))
				say('questions differ from the FAQ entries');
			break;
		}
		default:
			say('a JSON-LD type this test does not know: add its required properties here');
	}
}

it('every JSON-LD block parses, has what its type requires, and agrees with the page', () => {
	const problems: string[] = [];
	const typesOn = new Map<string, string[]>();
	for (const p of contentPages) {
		const types: string[] = [];
		for (const raw of p.jsonLd) {
			try {
				const data = JSON.parse(raw) as Record<string, unknown>;
				types.push(String(data['@type']));
				checkJsonLd(p, data, problems);
			} catch (error) {
				problems.push(`${p.path}: JSON-LD does not parse: ${String(error)}`);
			}
		}
		typesOn.set(p.path, types);
		if (p.html.includes('aria-label="Breadcrumb"') && !types.includes('BreadcrumbList'))
			problems.push(`${p.path}: breadcrumb trail without BreadcrumbList`);
	}
	assert.deepEqual(problems, []);
	for (const entry of errors) assert.ok(typesOn.get(`/errors/${entry.id}/`)?.includes('TechArticle'), entry.id);
	for (const guide of guides) assert.ok(typesOn.get(`/guides/${guide.id}/`)?.includes('TechArticle'), guide.id);
	assert.ok(typesOn.get('/faq/')?.includes('FAQPage'));
});

describe('the sitemap and robots.txt', () => {
	const urls = sitemapUrls();
	const lastmod = (path: string) => urls.find((u) => u.loc === onSite(path))?.lastmod?.slice(0, 10);
	// The 404 page is indexable in its markup, but hosts send it with status 404: never in the sitemap.
	const listed = (p: (typeof contentPages)[number]) => !p.noindex && p.path !== '/404.html';

	it('lists exactly the indexable pages: no redirect, no 404, nothing twice', () => {
		const expected = contentPages
			.filter(listed)
			.map((p) => onSite(p.path))
			.sort();
		assert.deepEqual(urls.map((u) => u.loc).sort(), expected);
		assert.equal(new Set(urls.map((u) => u.loc)).size, urls.length);
		assert.ok(!urls.some((u) => /\/404(?:\.html|\/)?$/.test(new URL(u.loc).pathname)));
	});

	it('dates each page as the page itself does, from the entries', () => {
		for (const entry of errors) assert.equal(lastmod(`/errors/${entry.id}/`), day(entry.data.updated), entry.id);
		assert.equal(lastmod('/errors/'), newest(errors.map((e) => e.data.updated)));
		assert.equal(lastmod('/faq/'), newest(faq.map((f) => f.data.updated)));
		for (const p of contentPages) {
			const declared = p.meta.get('article:modified_time') ?? p.meta.get('og:updated_time');
			if (listed(p)) assert.equal(lastmod(p.path), declared, `${p.path}: sitemap lastmod and the page's own date`);
		}
	});

	it('robots.txt points to it', () => {
		assert.match(readFileSync(`${DIST}robots.txt`, 'utf8'), new RegExp(`Sitemap: ${onSite('/sitemap-index.xml')}`));
		assert.ok(existsSync(`${DIST}sitemap-index.xml`));
	});
});

describe('short links', () => {
	it('/e/<id>/ and /<id>/ are noindex redirect pages to the error page, for every entry, and nothing else redirects', () => {
		const expected = new Set<string>();
		for (const entry of errors) {
			const target = onSite(`/errors/${entry.id}/`);
			for (const path of [`/e/${entry.id}/`, ...(hasRootShortLink(entry.id) ? [`/${entry.id}/`] : [])]) {
				expected.add(path);
				const r = page(path);
				assert.equal(r.canonical, target, path);
				assert.equal(r.refresh, new URL(target).pathname, path);
				assert.equal(r.noindex, true, path);
				assert.match(r.html, new RegExp(`<a href="${new URL(target).pathname}"`), `${path}: a visible link`);
			}
		}
		assert.deepEqual(redirects.map((r) => r.path).sort(), [...expected].sort());
	});
});
