/**
 * The site must work under a sub-path as well as at a domain root: build once with a base
 * path and check that every internal link and anchor resolves inside it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkLinks } from '../../scripts/lib/links.ts';
import { buildSite, makeTempSite, removeTempSites } from '../fixtures/temp-site.ts';

after(removeTempSites);

describe('a build under a sub-path (BASE_PATH=/ref/)', () => {
	const dir = makeTempSite();
	const { status, output } = buildSite(dir, { BASE_PATH: '/ref/', SITE_URL: 'https://example.org' });
	const dist = join(dir, 'dist');

	it('builds', () => assert.equal(status, 0, output));

	it('has no broken internal link or anchor', () => {
		const problems = checkLinks(dist, '/ref/').map((p) => `${p.page}: ${p.link} (${p.reason})`);
		assert.deepEqual(problems, []);
	});

	it('puts the base in canonical URLs and links', () => {
		const html = readFileSync(join(dist, 'errors/2207026/index.html'), 'utf8');
		assert.match(html, /<link rel="canonical" href="https:\/\/example\.org\/ref\/errors\/2207026\/"/);
		assert.match(html, /href="\/ref\/errors\/"/);
		assert.doesNotMatch(html, /href="\/errors\//);
	});
});
