import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withBase } from '../../src/lib/paths.ts';
import { breadcrumbJsonLd, canonicalUrl, errorPageTitle, pageTitle, serializeJsonLd, SITE_NAME } from '../../src/lib/seo.ts';

describe('seo builders', () => {
	it('leads error titles with the code', () => {
		assert.equal(errorPageTitle('2207026', 'Unsupported video format'), '2207026: Unsupported video format · Instagram Graph API error');
	});
	it('does not repeat the site name on the home page', () => {
		assert.equal(pageTitle(SITE_NAME), SITE_NAME);
		assert.equal(pageTitle('FAQ'), `FAQ · ${SITE_NAME}`);
	});
	it('builds canonical URLs on the configured origin and base', () => {
		assert.equal(canonicalUrl('/errors/2207026/', 'https://example.org', '/'), 'https://example.org/errors/2207026/');
		assert.equal(canonicalUrl('/errors/2207026/', 'https://example.org/', '/ref/'), 'https://example.org/ref/errors/2207026/');
		assert.equal(canonicalUrl('/', 'https://example.org', '/ref'), 'https://example.org/ref/');
	});
	it('prefixes paths with the base', () => {
		assert.equal(withBase('/errors/', '/'), '/errors/');
		assert.equal(withBase('/errors/', '/ref/'), '/ref/errors/');
		assert.equal(withBase('/errors/', '/ref'), '/ref/errors/');
	});
	it('numbers breadcrumbs from 1', () => {
		const data = breadcrumbJsonLd([
			{ name: 'Home', url: 'https://example.org/' },
			{ name: 'Errors', url: 'https://example.org/errors/' },
		]) as { itemListElement: { position: number }[] };
		assert.deepEqual(data.itemListElement.map((i) => i.position), [1, 2]);
	});
	it('escapes < so JSON-LD cannot close its script tag', () => {
		const out = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		assert.ok(!out.includes('<'));
		assert.deepEqual(JSON.parse(out), { name: '</script><script>alert(1)</script>' });
	});
});
