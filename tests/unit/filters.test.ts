import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	FACET_KEYS,
	MAX_TEXT,
	NO_FILTERS,
	hasFilters,
	matchesFilters,
	normalizeText,
	parseFilters,
	resultStatus,
	serializeFilters,
	textTerms,
	type AllowedValues,
	type FilterRow,
} from '../../src/lib/filters.ts';
import { ACTION_IDS, CATEGORY_IDS, RETRY_CLASS_IDS, STAGE_IDS } from '../../src/lib/taxonomy.ts';

const all: AllowedValues = { category: CATEGORY_IDS, action: ACTION_IDS, stage: STAGE_IDS, retry: RETRY_CLASS_IDS };

const row = (over: Partial<FilterRow> = {}): FilterRow => ({
	category: 'media-format',
	action: 'fix-input',
	stage: 'media-processing',
	retry: 'not-until-fixed',
	text: normalizeText(
		'2207026 • Unsupported video format • 352 / 2207026 • The video format is not supported. Please check spec for supported streams format',
	),
	...over,
});

describe('parseFilters', () => {
	it('reads each facet and the text from the query', () => {
		assert.deepEqual(
			parseFilters('?category=media-format&action=fix-input&stage=publish&retry=new-container&q=video', all),
			{
				category: 'media-format',
				action: 'fix-input',
				stage: 'publish',
				retry: 'new-container',
				q: 'video',
			},
		);
	});

	it('accepts a query without "?" and URLSearchParams', () => {
		assert.equal(parseFilters('action=reconnect', all).action, 'reconnect');
		assert.equal(parseFilters(new URLSearchParams({ stage: 'account' }), all).stage, 'account');
	});

	it('drops values that are not taxonomy ids, and facets the page does not offer', () => {
		assert.deepEqual(parseFilters('?category=media-formats&action=Fix+input&stage=<script>', all), NO_FILTERS);
		assert.equal(parseFilters('?category=media-format&action=fix-input', { action: ACTION_IDS }).category, '');
		assert.equal(parseFilters('?category=media-format&action=fix-input', { action: ACTION_IDS }).action, 'fix-input');
	});

	it('keeps one value per facet: the first one offered, from repeated keys or a comma list', () => {
		assert.equal(parseFilters('?action=nope&action=retry-later&action=reconnect', all).action, 'retry-later');
		assert.equal(parseFilters('?action=nope,reconnect', all).action, 'reconnect');
	});

	it('collapses spaces in the text, decodes "+" and cuts it at MAX_TEXT', () => {
		assert.equal(parseFilters('?q=++aspect+++ratio+', all).q, 'aspect ratio');
		assert.equal(parseFilters(`?q=${'a'.repeat(MAX_TEXT + 50)}`, all).q.length, MAX_TEXT);
		assert.equal(parseFilters('?q=%3Cimg%20src%3Dx%3E', all).q, '<img src=x>');
	});
});

describe('serializeFilters', () => {
	it('writes nothing when no filter is set', () => {
		assert.equal(serializeFilters(NO_FILTERS), '');
		assert.equal(serializeFilters({ ...NO_FILTERS, q: '   ' }), '');
	});

	it('writes facets in FACET_KEYS order, then q, and round-trips', () => {
		const filters = {
			category: 'media-format',
			action: 'fix-input',
			stage: '',
			retry: 'not-until-fixed',
			q: 'aspect ratio',
		};
		const query = serializeFilters(filters);
		assert.equal(query, '?category=media-format&action=fix-input&retry=not-until-fixed&q=aspect+ratio');
		assert.deepEqual(parseFilters(query, all), filters);
		assert.equal(
			serializeFilters(parseFilters('?q=x&retry=after-reset&category=server', all)),
			'?category=server&retry=after-reset&q=x',
		);
	});

	it('encodes text so it cannot break out of the query', () => {
		const query = serializeFilters({ ...NO_FILTERS, q: 'a&stage=publish#x' });
		assert.equal(parseFilters(query, all).stage, '');
		assert.equal(parseFilters(query, all).q, 'a&stage=publish#x');
	});
});

describe('matchesFilters', () => {
	it('passes every row when no filter is set', () => {
		assert.ok(matchesFilters(row(), NO_FILTERS));
	});

	for (const key of FACET_KEYS) {
		it(`${key}: passes only rows with that id`, () => {
			assert.ok(matchesFilters(row(), { ...NO_FILTERS, [key]: row()[key] }));
			assert.ok(!matchesFilters(row(), { ...NO_FILTERS, [key]: 'something-else' }));
		});
	}

	it('combines facets with AND', () => {
		assert.ok(matchesFilters(row(), { ...NO_FILTERS, category: 'media-format', action: 'fix-input' }));
		assert.ok(!matchesFilters(row(), { ...NO_FILTERS, category: 'media-format', action: 'reconnect' }));
	});

	it('matches a code, a title word and a message phrase, in any case', () => {
		for (const q of ['2207026', '352', 'Unsupported VIDEO', 'format is not supported', 'supported streams format']) {
			assert.ok(matchesFilters(row(), { ...NO_FILTERS, q }), q);
		}
		assert.ok(!matchesFilters(row(), { ...NO_FILTERS, q: '2207027' }));
	});

	it('needs every word of the text, wherever it occurs', () => {
		assert.ok(matchesFilters(row(), { ...NO_FILTERS, q: 'spec video' }));
		assert.ok(!matchesFilters(row(), { ...NO_FILTERS, q: 'video token' }));
	});

	it('ignores brackets, quotes and # around a word, and curly quotes', () => {
		assert.ok(matchesFilters(row(), { ...NO_FILTERS, q: '(#352)' }));
		assert.ok(matchesFilters(row(), { ...NO_FILTERS, q: '"2207026",' }));
		const curly = row({ text: normalizeText("The user isn't an Instagram Business") });
		assert.ok(matchesFilters(curly, { ...NO_FILTERS, q: 'isn\u2019t' }));
	});
});

describe('text helpers', () => {
	it('textTerms keeps - and _ inside and at the start of words', () => {
		assert.deepEqual(textTerms('  -2  REVOKED_ACCESS_TOKEN (#190) '), ['-2', 'revoked_access_token', '190']);
		assert.deepEqual(textTerms(' " # ( '), []);
	});

	it('hasFilters sees a facet or non-blank text', () => {
		assert.ok(!hasFilters(NO_FILTERS));
		assert.ok(!hasFilters({ ...NO_FILTERS, q: ' ' }));
		assert.ok(hasFilters({ ...NO_FILTERS, retry: 'after-reset' }));
		assert.ok(hasFilters({ ...NO_FILTERS, q: 'x' }));
	});

	it('resultStatus says how many are shown, or that none match', () => {
		assert.equal(resultStatus(55, 55), 'Showing all 55 errors.');
		assert.equal(resultStatus(1, 55), 'Showing 1 of 55 errors.');
		assert.equal(resultStatus(0, 55), 'No errors match these filters.');
	});
});
