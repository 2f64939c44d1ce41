import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readHead } from '../../src/lib/html-head.ts';
import { errorLabelFromTitle, errorPageTitle } from '../../src/lib/seo.ts';
import { RESERVED_SEGMENTS, hasRootShortLink, redirectPage, rootShortLinkIds, shortLinks } from '../../src/lib/short-links.ts';

const root = new URL('../../', import.meta.url);

describe('short links', () => {
	it('gives every id an /e/ link and a root link', () => {
		assert.deepEqual(shortLinks(['2207026', 'session-has-been-invalidated']), [
			{ path: '/2207026/', id: '2207026' },
			{ path: '/e/2207026/', id: '2207026' },
			{ path: '/session-has-been-invalidated/', id: 'session-has-been-invalidated' },
			{ path: '/e/session-has-been-invalidated/', id: 'session-has-been-invalidated' },
		]);
	});

	it('never lets a root link shadow a page: a reserved id keeps only its /e/ link', () => {
		for (const id of ['faq', '404', 'errors', 'e', 'guides', 'sitemap.xml', 'FAQ']) {
			assert.equal(hasRootShortLink(id), false, id);
			assert.deepEqual(shortLinks([id]), [{ path: `/e/${id}/`, id }]);
		}
		assert.deepEqual(rootShortLinkIds(['404', '4', 'faq', '2207026']), ['4', '2207026']);
	});

	it('reserves every top-level name the site already uses in src/pages and public/', () => {
		const names = [
			...readdirSync(new URL('src/pages/', root), { withFileTypes: true })
				.filter((d) => !d.name.startsWith('['))
				.map((d) => (d.isDirectory() ? d.name : d.name.replace(/\.(astro|mdx?|ts|js)$/, ''))),
			...readdirSync(new URL('public/', root)).filter((n) => !n.startsWith('_')),
		];
		const missing = names.filter((name) => hasRootShortLink(name));
		assert.deepEqual(missing, [], `add these to RESERVED_SEGMENTS in src/lib/short-links.ts: ${missing.join(', ')}`);
	});

	it('writes a redirect page: refresh, canonical, noindex, a visible link, all escaped', () => {
		const html = redirectPage({ from: '/ref/e/x/', to: '/ref/errors/x/', canonical: 'https://example.org/ref/errors/x/', label: 'x: "Quotes" & <tags>' });
		const head = readHead(html);
		assert.equal(head.canonical, 'https://example.org/ref/errors/x/');
		assert.equal(head.noindex, true);
		assert.equal(head.title, 'Redirecting /ref/e/x/ to x: "Quotes" & <tags>');
		assert.match(html, /<meta name="robots" content="noindex">/);
		assert.match(html, /<meta http-equiv="refresh" content="0; url=\/ref\/errors\/x\/">/);
		assert.match(html, /<a href="\/ref\/errors\/x\/">x: &quot;Quotes&quot; &amp; &lt;tags&gt;<\/a>/);
		assert.doesNotMatch(html, /<tags>/);
	});

	it('recovers an error page\'s "code: title" from its <title>', () => {
		assert.equal(errorLabelFromTitle(errorPageTitle('2207026', 'Unsupported video format')), '2207026: Unsupported video format');
		assert.equal(errorLabelFromTitle('Something else'), 'Something else');
	});

	it('reserves build output folders too', () => {
		for (const name of ['_astro', 'pagefind', 'og']) assert.ok((RESERVED_SEGMENTS as readonly string[]).includes(name), name);
	});
});
