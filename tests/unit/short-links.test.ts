import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hasRootShortLink, RESERVED_SEGMENTS, shortLinkRedirects } from '../../src/lib/short-links.ts';

const root = new URL('../../', import.meta.url);

describe('short links', () => {
	it('gives every id an /e/ link and a root link, to its page under the base', () => {
		assert.deepEqual(shortLinkRedirects(['2207026', 'session-has-been-invalidated'], '/ref/'), {
			'/e/2207026': '/ref/errors/2207026/',
			'/2207026': '/ref/errors/2207026/',
			'/e/session-has-been-invalidated': '/ref/errors/session-has-been-invalidated/',
			'/session-has-been-invalidated': '/ref/errors/session-has-been-invalidated/',
		});
	});

	it('never lets a root link shadow a page: a reserved id keeps only its /e/ link', () => {
		for (const id of ['faq', '404', 'errors', 'e', 'guides', 'FAQ']) {
			assert.equal(hasRootShortLink(id), false, id);
			assert.deepEqual(Object.keys(shortLinkRedirects([id], '/')), [`/e/${id}`]);
		}
	});

	it('reserves every top-level name the site already uses in src/pages and public/', () => {
		const names = [
			...readdirSync(new URL('src/pages/', root), { withFileTypes: true })
				.filter((d) => !d.name.startsWith('['))
				.map((d) => (d.isDirectory() ? d.name : d.name.replace(/\.(astro|mdx?|ts|js)$/, ''))),
			...readdirSync(new URL('public/', root)),
		];
		const missing = names.filter((name) => hasRootShortLink(name));
		assert.deepEqual(missing, [], `add these to RESERVED_SEGMENTS in src/lib/short-links.ts: ${missing.join(', ')}`);
		assert.ok(RESERVED_SEGMENTS.includes('sitemap-index.xml'));
	});
});
