/**
 * What the built pages show, in one pass over dist/: every entry's page, the index, category and
 * home counts, the guides' computed parts, and completeness across every place an error is
 * published. Expected values are computed here from the content, independently of the pages' code.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ACTIONS, getAction, getRetryClass, getStage, RETRY_CLASSES, STAGES } from '../../src/lib/taxonomy.ts';
import { ERROR_SECTIONS } from '../../src/lib/error-sections.ts';
import { builtHref, builtPages, DIST, onSite, sitemapUrls, textOf } from '../fixtures/built-site.ts';
import { errors, guides } from '../fixtures/content.ts';
import { categories } from '../e2e/content.ts';

const byPath = new Map(builtPages().map((p) => [p.path, p.html]));
const html = (path: string) => {
	const found = byPath.get(path);
	assert.ok(found, `no built page at ${path}`);
	return found;
};
/** The ids of the error rows in an HTML fragment, sorted. */
const rowIds = (fragment: string) => [...fragment.matchAll(/data-error-row="([^"]+)"/g)].map((m) => m[1]!).sort();
/** The text of the first element with this attribute. */
const textAt = (page: string, attribute: string) => {
	const m = new RegExp(`<(\\w+)[^>]*\\s${attribute}(?:="[^"]*")?[^>]*>([\\s\\S]*?)</\\1>`).exec(page);
	return m ? textOf(m[2]!) : undefined;
};
/** The HTML of an element from its opening tag (found by `marker`) to the matching close of `tag`. */
function section(page: string, marker: string, tag = 'section'): string {
	const start = page.indexOf(marker);
	assert.ok(start >= 0, `no ${marker}`);
	const open = page.lastIndexOf(`<${tag}`, start);
	let depth = 0;
	const re = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
	re.lastIndex = open;
	for (let m = re.exec(page); m; m = re.exec(page)) {
		depth += m[0].startsWith('</') ? -1 : 1;
		if (depth === 0) return page.slice(open, m.index + m[0].length);
	}
	throw new Error(`unclosed <${tag}> at ${marker}`);
}
const headings = (page: string, level: number) =>
	[...page.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map((m) => textOf(m[1]!));

describe('every error page', () => {
	it('shows code, title, action, stage, caveats and every section (one loop over all entries)', () => {
		const problems: string[] = [];
		for (const entry of errors) {
			const page = html(`/errors/${entry.id}/`);
			const say = (message: string) => problems.push(`${entry.id}: ${message}`);
			const h1 = headings(page, 1)[0] ?? '';
			if (!h1.includes(entry.data.code) || !h1.includes(entry.data.title)) say(`h1 "${h1}"`);
			const text = textOf(page);
			for (const label of [getAction(entry.data.action).label, getStage(entry.data.stage).label])
				if (!text.includes(label)) say(`no "${label}"`);
			const h2 = headings(page, 2).join(' | ');
			for (const section of ERROR_SECTIONS) {
				if (!h2.includes(section.text)) say(`no section "${section.text}"`);
				if (!page.includes(` id="${section.id}"`)) say(`no id "${section.id}"`);
			}
			if (!text.includes(textOf(entry.data.customerMessage))) say('no customer message');
			for (const caveat of entry.data.caveats)
				if (!text.includes(textOf(caveat.text).slice(0, 60))) say(`caveat not shown: ${caveat.text.slice(0, 40)}`);
			for (const id of entry.data.related)
				if (!page.includes(`${builtHref(`/errors/${id}/`)}"`)) say(`no link to related ${id}`);
			// Guides that name this error in their related list are linked from it, and no others.
			const guideLinks = [
				...(/<p[^>]*data-error-guides[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '').matchAll(
					new RegExp(`href="${builtHref('/guides/')}([^/]+)/"`, 'g'),
				),
			].map((m) => m[1]);
			const expected = guides.filter((g) => g.data.related.includes(entry.id)).map((g) => g.id);
			if (guideLinks.sort().join() !== expected.sort().join())
				say(`guides linked ${guideLinks.join(',')} instead of ${expected.join(',')}`);
			if (/data-missing-(error|link)/.test(page)) say('a link to something that does not exist');
		}
		assert.deepEqual(problems, []);
	});
});

describe('lists and counts', () => {
	it('each category page lists exactly its entries and says how many', () => {
		for (const category of categories) {
			const page = html(`/categories/${category.id}/`);
			assert.equal(headings(page, 1)[0], `${category.label} errors`);
			assert.deepEqual(rowIds(page), [...category.ids].sort(), category.id);
			assert.equal(textAt(page, 'data-category-count'), String(category.ids.length), category.id);
		}
	});

	it('the index lists every error once, grouped by category, with counts that agree', () => {
		const page = html('/errors/');
		assert.deepEqual(rowIds(page), errors.map((e) => e.id).sort());
		assert.equal(textAt(page, 'data-total'), String(errors.length));
		for (const category of categories) {
			const group = section(page, `data-category-group="${category.id}"`);
			assert.deepEqual(rowIds(group), [...category.ids].sort(), category.id);
			assert.equal(textAt(group, 'data-group-count'), `(${category.ids.length})`, category.id);
		}
		for (const stage of STAGES) {
			const count = errors.filter((e) => e.data.stage === stage.id).length;
			assert.match(textOf(section(page, 'data-stage-map')), new RegExp(`${stage.label}[^0-9]*${count}\\b`), stage.id);
		}
	});

	it('the home page shows each category, stage and action with its count', () => {
		const page = html('/');
		assert.match(textOf(page), new RegExp(`Browse all ${errors.length} errors`));
		for (const category of categories) {
			assert.equal(textAt(page, `data-home-count="${category.id}"`), `(${category.ids.length})`, category.id);
			assert.ok(page.includes(`href="${builtHref(`/categories/${category.id}/`)}"`), category.id);
		}
		const text = textOf(page);
		for (const stage of STAGES)
			assert.ok(text.includes(`${stage.label} (${errors.filter((e) => e.data.stage === stage.id).length})`), stage.id);
		for (const action of ACTIONS)
			assert.ok(
				text.includes(`${action.label} (${errors.filter((e) => e.data.action === action.id).length} errors)`),
				action.id,
			);
	});
});

describe('the guides', () => {
	it('the guides index lists every guide in content/guides', () => {
		const page = html('/guides/');
		assert.deepEqual(
			[...page.matchAll(/data-guide="([^"]+)"/g)].map((m) => m[1]).sort(),
			guides.map((g) => g.id).sort(),
		);
		for (const guide of guides) {
			const own = html(`/guides/${guide.id}/`);
			assert.equal(headings(own, 1)[0], guide.data.title);
			assert.ok(!/data-missing-(error|link)/.test(own), `${guide.id}: a link to something that does not exist`);
		}
	});

	it('the publishing flow lists, for every stage, exactly the errors of that stage', () => {
		const page = html('/guides/publishing-flow/');
		for (const stage of STAGES.filter((s) => s.group !== 'area')) {
			const ids = errors.filter((e) => e.data.stage === stage.id).map((e) => e.id);
			const part = section(page, `data-stage-section="${stage.id}"`);
			assert.ok(headings(part, 2)[0]?.includes(stage.label), stage.id);
			assert.equal(textAt(part, 'data-stage-count'), String(ids.length), stage.id);
			assert.deepEqual(rowIds(part), ids.sort(), stage.id);
		}
		const beforePublish = errors.filter((e) =>
			STAGES.some((s) => s.group === 'flow' && s.id === e.data.stage && s.id !== 'publish'),
		).length;
		assert.equal(textAt(page, 'data-count="before-publish"'), String(beforePublish));
		assert.equal(textAt(page, 'data-count="errors"'), String(errors.length));
		// The quota is never given as one number.
		const quota = textOf(page.slice(page.indexOf('id="the-publishing-quota-is-not-one-number"')));
		for (const text of ['100', '50', '25', 'content_publishing_limit']) assert.ok(quota.includes(text), text);
	});

	it('retry safety has a row for every error with its retry class, and class counts that agree', () => {
		const page = html('/guides/retry-safety/');
		const table = section(page, 'data-retry-table', 'table');
		const rows = [...table.matchAll(/<tr data-retry-row="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
		assert.equal(rows.length, errors.length);
		for (const entry of errors) {
			const row = rows.find((r) => r[1] === entry.id);
			assert.ok(row, entry.id);
			assert.ok(
				textOf(row[2]!).startsWith(`${entry.data.code} ${entry.data.title} ${getRetryClass(entry.data.retry).label}`),
				entry.id,
			);
		}
		for (const retry of RETRY_CLASSES) {
			const count = errors.filter((e) => e.data.retry === retry.id).length;
			assert.equal(
				textAt(section(page, `data-retry-class="${retry.id}"`, 'div'), 'class="font-semibold"'),
				`${retry.label} (${count})`,
			);
		}
		assert.equal(
			textAt(page, 'data-count="retry:retry-with-backoff"'),
			String(errors.filter((e) => e.data.retry === 'retry-with-backoff').length),
		);
	});
});

it('completeness: every entry is published everywhere an error is listed', () => {
	const ids = errors.map((e) => e.id).sort();
	const built = readdirSync(`${DIST}errors`, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
	assert.deepEqual(built, ids, 'error pages in dist/errors');
	const inSitemap = sitemapUrls()
		.map((u) => /\/errors\/([^/]+)\/$/.exec(u.loc)?.[1])
		.filter((id): id is string => !!id)
		.sort();
	assert.deepEqual(inSitemap, ids, 'error pages in the sitemap');
	const exported = JSON.parse(readFileSync(`${DIST}errors.json`, 'utf8')) as { errors: { id: string; url: string }[] };
	assert.deepEqual(exported.errors.map((e) => e.id).sort(), ids, 'entries in /errors.json');
	for (const e of exported.errors) assert.equal(new URL(e.url, onSite('/')).href, onSite(`/errors/${e.id}/`));
	// Pagefind lists every indexed page in its fragments' metadata; each error page must be one.
	const fragments = readdirSync(`${DIST}pagefind/fragment`).length;
	assert.ok(fragments >= errors.length, `${fragments} pages in the search index`);
});

it('repository links: one repository on every page ("Source") and error page ("Edit", "Report"), or none anywhere; never a placeholder', () => {
	const problems: string[] = [];
	const repositories = new Set<string>();
	const pages = [...byPath].filter(([path, page]) => path.endsWith('/') && !/http-equiv="refresh"/.test(page));
	for (const [path, page] of pages) {
		if (/href="https?:\/\/(?:github\.com\/example\/|[^"/]*\bexample\.(?:com|org)\/)/.test(page))
			problems.push(`${path}: a link to a placeholder`);
		const source = /<a href="([^"]+)">Source<\/a>/.exec(page)?.[1];
		if (source) repositories.add(source);
		const entry = errors.find((e) => path === `/errors/${e.id}/`);
		if (!entry) continue;
		const edit = /<a href="([^"]+)\/edit\/[^"/]+\/content\/errors\/([^"/]+)\.mdx">Edit this page<\/a>/.exec(page);
		const report = /<a href="([^"]+)\/issues\/new\?title=[^"]*">Report a problem with this page<\/a>/.exec(page);
		if (Boolean(source) !== Boolean(edit) || Boolean(source) !== Boolean(report))
			problems.push(`${path}: Source, Edit and Report links not all present or all absent`);
		if (edit && (edit[1] !== source || edit[2] !== entry.id)) problems.push(`${path}: edit link ${edit[0]}`);
		if (report && report[1] !== source) problems.push(`${path}: report link ${report[0]}`);
	}
	const linked = pages.filter(([, page]) => page.includes('">Source</a>')).length;
	if (linked !== 0 && linked !== pages.length) problems.push(`${linked} of ${pages.length} pages link the source`);
	assert.deepEqual(problems, []);
	assert.ok(repositories.size <= 1, [...repositories].join(', '));
});

it('scripts: every dynamic import is a plain import(), with no preload helper to ship (src/integrations/plain-dynamic-imports.ts)', () => {
	const scripts = readdirSync(`${DIST}_astro`)
		.filter((f) => f.endsWith('.js'))
		.map((file) => ({ file, code: readFileSync(`${DIST}_astro/${file}`, 'utf8') }));
	assert.ok(scripts.length > 0);
	assert.ok(
		scripts.some((s) => s.code.includes('import(')),
		'some script imports lazily',
	);
	for (const { file, code } of scripts) {
		assert.ok(!code.includes('modulepreload'), `${file}: Vite's preload helper`);
		assert.ok(!code.includes('__vite__mapDeps'), `${file}: a dependency list for the preload helper`);
	}
});
