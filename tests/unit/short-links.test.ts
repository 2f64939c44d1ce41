import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RESERVED_SEGMENTS, hasRootShortLink, rootShortLinkIds, shortLinks } from '../../src/lib/short-links.ts';

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

	it('reserves build output folders too', () => {
		for (const name of ['_astro', 'pagefind', 'og']) assert.ok((RESERVED_SEGMENTS as readonly string[]).includes(name), name);
	});
});
