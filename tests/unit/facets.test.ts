import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facetsOf, varyingFacets, withEntries } from '../../src/lib/facets.ts';
import { CATEGORIES, STAGES } from '../../src/lib/taxonomy.ts';

const entry = (id: string, category: string, stage: string, action = 'fix-input', retry = 'not-until-fixed') => ({
	id,
	data: { category, stage, action, retry },
});
const entries = [
	entry('a', 'media-format', 'media-processing'),
	entry('b', 'media-format', 'publish'),
	entry('c', 'server', 'publish', 'retry-later', 'retry-with-backoff'),
];

describe('facets', () => {
	const f = facetsOf(entries);
	it('lists every taxonomy value in order, with its entries and count', () => {
		assert.equal(f.total, 3);
		assert.deepEqual(
			f.category.map((c) => c.item.id),
			CATEGORIES.map((c) => c.id),
		);
		assert.deepEqual(
			f.stage.map((s) => s.item.id),
			STAGES.map((s) => s.id),
		);
		const media = f.category.find((c) => c.item.id === 'media-format')!;
		assert.deepEqual([media.count, media.entries.map((e) => e.id)], [2, ['a', 'b']]);
	});
	it('keeps only values with entries when asked', () => {
		assert.deepEqual(
			withEntries(f.stage).map((s) => [s.item.id, s.count]),
			[
				['media-processing', 1],
				['publish', 2],
			],
		);
	});
	it('counts add up to the total in every facet', () => {
		for (const key of ['category', 'stage', 'action', 'retry'] as const) {
			assert.equal(
				f[key].reduce((n, v) => n + v.count, 0),
				3,
				key,
			);
		}
	});
	it('names the facets that vary', () => {
		assert.deepEqual(varyingFacets(entries.slice(0, 2), ['category', 'stage', 'action']), ['stage']);
	});
});
