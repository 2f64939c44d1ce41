import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withBase } from '../../src/lib/paths.ts';
import {
	absoluteUrl,
	breadcrumbJsonLd,
	clampDescription,
	DESCRIPTION_MAX,
	errorPageMeta,
	errorPageMetaProblems,
	guidePageMetaProblems,
	latestDate,
	pageDates,
	pageTitle,
	serializeJsonLd,
	SITE_NAME,
	SITE_SHORT_NAME,
	TITLE_MAX,
} from '../../src/lib/seo.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('seo', () => {
	it('leads error titles with the code, or the short name of a message key, then what failed', () => {
		const description = 'Subcode 2207026: Meta refused the video. Re-encode it and use a new container.';
		assert.deepEqual(errorPageMeta({ code: '2207026', title: 'Unsupported video format', description }), {
			title: `2207026: Unsupported video format · ${SITE_SHORT_NAME}`,
			description,
		});
		const named = {
			code: 'session has been invalidated',
			name: 'Session invalidated',
			title: 'Password reset',
			description,
		};
		assert.equal(errorPageMeta(named).title, `Session invalidated: Password reset · ${SITE_SHORT_NAME}`);
	});
	it('names the file and the field when a title or description would not fit a search result', () => {
		const fits = {
			code: '190',
			title: 'Token expired',
			description: 'Code 190: the token expired. Have the owner reconnect.',
		};
		assert.deepEqual(errorPageMetaProblems([{ file: 'content/errors/190.mdx', data: fits }]), []);
		const long = {
			code: 'a message sentence long enough to crowd out the rest',
			title: 'What failed',
			description: 'x'.repeat(DESCRIPTION_MAX + 1),
		};
		const problems = errorPageMetaProblems([{ file: 'content/errors/long.mdx', data: long }]);
		assert.deepEqual(
			problems.map((p) => [p.file, p.field]),
			[
				['content/errors/long.mdx', 'title'],
				['content/errors/long.mdx', 'description'],
			],
		);
		assert.match(problems[0]!.message, new RegExp(`over ${TITLE_MAX}: shorten "title", or add a short "name"`));
		assert.deepEqual(
			errorPageMetaProblems([{ file: 'f', data: { ...long, name: 'Short name', description: fits.description } }]),
			[],
		);
	});
	it('checks guide titles and descriptions the same way', () => {
		const guide = (title: string) => ({
			file: 'content/guides/g.mdx',
			data: { title, description: 'What it covers.' },
		});
		assert.deepEqual(guidePageMetaProblems([guide('Retry safety')]), []);
		const problems = guidePageMetaProblems([guide('A guide title that runs on well past what a result shows')]);
		assert.deepEqual(
			problems.map((p) => [p.file, p.field]),
			[['content/guides/g.mdx', 'title']],
		);
	});
	it('does not repeat the site name on the home page', () => {
		assert.equal(pageTitle(SITE_NAME), SITE_NAME);
		assert.equal(pageTitle('FAQ'), `FAQ · ${SITE_SHORT_NAME}`);
	});
	it('builds absolute URLs on the given origin and base', () => {
		assert.equal(absoluteUrl('/errors/2207026/', 'https://example.org', '/'), 'https://example.org/errors/2207026/');
		assert.equal(
			absoluteUrl('/errors/2207026/', 'https://example.org/', '/ref/'),
			'https://example.org/ref/errors/2207026/',
		);
		assert.equal(absoluteUrl('/', 'https://example.org', '/ref'), 'https://example.org/ref/');
	});
	it('prefixes paths with the base', () => {
		assert.equal(withBase('/errors/', '/'), '/errors/');
		assert.equal(withBase('/errors/', '/ref/'), '/ref/errors/');
		assert.equal(withBase('/errors/', '/ref'), '/ref/errors/');
	});
	it('numbers breadcrumbs from 1, with absolute URLs', () => {
		const data = breadcrumbJsonLd(
			[
				{ name: 'Home', path: '/' },
				{ name: 'Errors', path: '/errors/' },
			],
			'https://example.org',
			'/ref/',
		) as { itemListElement: { position: number; item: string }[] };
		assert.deepEqual(
			data.itemListElement.map((i) => [i.position, i.item]),
			[
				[1, 'https://example.org/ref/'],
				[2, 'https://example.org/ref/errors/'],
			],
		);
	});
	it('escapes < so JSON-LD cannot close its script tag', () => {
		const out = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		assert.ok(!out.includes('<'));
		assert.deepEqual(JSON.parse(out), { name: '</script><script>alert(1)</script>' });
	});
	it('cuts long descriptions at a word, within the limit', () => {
		const long = 'word '.repeat(60).trim();
		const cut = clampDescription(long);
		assert.ok(cut.length <= DESCRIPTION_MAX && cut.endsWith('word…'), cut);
		assert.equal(clampDescription('short'), 'short');
	});
	it('latestDate is the newest date, or undefined for none', () => {
		assert.equal(
			latestDate([day('2026-01-01'), day('2026-11-27'), day('2026-05-05')])
				?.toISOString()
				.slice(0, 10),
			'2026-11-27',
		);
		assert.equal(latestDate([]), undefined);
	});
	it('dates each page by what it shows', () => {
		const dates = pageDates({
			errors: [
				{ id: 'a', data: { updated: day('2026-01-01'), category: 'media-format' } },
				{ id: 'b', data: { updated: day('2026-03-01'), category: 'server' } },
			],
			faq: [{ id: 'q', data: { updated: day('2026-04-01') } }],
			guides: [{ id: 'g', data: { updated: day('2026-02-01') } }],
		});
		const at = (path: string) => dates.get(path)?.toISOString().slice(0, 10);
		assert.equal(at('/errors/a/'), '2026-01-01');
		assert.equal(at('/categories/media-format/'), '2026-01-01');
		assert.equal(at('/categories/content/'), undefined, 'a category without entries has no date');
		assert.equal(at('/errors/'), '2026-03-01');
		assert.equal(at('/faq/'), '2026-04-01');
		assert.equal(at('/guides/g/'), '2026-03-01', 'a guide is as recent as the entries its tables show');
		assert.equal(at('/'), '2026-04-01');
		assert.equal(at('/decode/'), undefined);
	});
});
