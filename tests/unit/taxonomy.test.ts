import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	ACTIONS,
	CATEGORIES,
	CATEGORY_IDS,
	RETRY_CLASSES,
	SOURCES,
	STAGES,
	getAction,
	getCategory,
} from '../../src/lib/taxonomy.ts';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('taxonomy', () => {
	for (const [name, list] of Object.entries({ CATEGORIES, STAGES, ACTIONS, RETRY_CLASSES, SOURCES })) {
		it(`${name}: ids are unique kebab-case and every item has a label`, () => {
			const ids = list.map((item) => item.id);
			assert.equal(new Set(ids).size, ids.length, `duplicate id in ${name}`);
			for (const item of list) {
				assert.match(item.id, kebab, `${name} id "${item.id}"`);
				assert.ok(item.label.length > 0, `${name} "${item.id}" has no label`);
			}
		});
	}

	it('keeps the seed categories in display order', () => {
		const seed = [
			'authentication',
			'account-status',
			'media-upload',
			'media-format',
			'content',
			'product-tagging',
			'rate-limiting',
			'server',
		];
		const order = seed.map((id) => CATEGORY_IDS.indexOf(id as (typeof CATEGORY_IDS)[number]));
		assert.ok(
			order.every((i) => i >= 0),
			'a seed category is missing',
		);
		assert.deepEqual(
			[...order].sort((a, b) => a - b),
			order,
			'seed categories out of order',
		);
	});

	it('has the actions the site promises, the owner-side one apart from reconnecting', () => {
		assert.deepEqual(
			ACTIONS.map((a) => a.id),
			['reconnect', 'owner-action', 'fix-input', 'retry-later', 'wait-for-reset', 'record-no-data'],
		);
	});

	it('lists the publishing flow stages in order, with rate limit, account and any call beside the flow', () => {
		assert.deepEqual(
			STAGES.filter((s) => s.group === 'flow').map((s) => s.id),
			['authorization', 'media-fetch', 'container-creation', 'media-processing', 'publish'],
		);
		assert.deepEqual(
			STAGES.filter((s) => s.group === 'beside').map((s) => s.id),
			['rate-limit', 'account', 'any-call'],
		);
	});

	it('gives every Meta source an https URL on a Meta domain', () => {
		for (const source of SOURCES.filter((s) => s.publisher === 'meta')) {
			assert.ok(source.url, `${source.id} has no URL`);
			assert.equal(new URL(source.url).hostname, 'developers.facebook.com', source.id);
		}
	});

	it('looks items up by id and rejects unknown ids', () => {
		assert.equal(getCategory('media-format').label, 'Media Format');
		assert.equal(getAction('wait-for-reset').label, 'Wait for reset');
		assert.throws(() => getCategory('nope'), /Unknown category "nope"/);
	});
});
