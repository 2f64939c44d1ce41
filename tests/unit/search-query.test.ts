import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import { errorSchema } from '../../src/lib/error-schema.ts';
import {
	entryKeys,
	exactKeys,
	excerptSegments,
	KEY_FILTER,
	messagesMeta,
	normalizeQuery,
	forCurrentTerm,
	withExactKeys,
	type CurrentSearch,
	type SearchOptionsLike,
} from '../../src/lib/search-query.ts';
import { entryWith } from '../fixtures/entries.ts';

const data = (changes: Record<string, unknown> = {}) => errorSchema.parse(entryWith(changes));

describe('normalizeQuery', () => {
	it('reduces the ways people write a code to the bare number', () => {
		for (const query of ['2207026', '#2207026', 'subcode 2207026', 'Subcode: 2207026', 'error_subcode=2207026', '"error_subcode": 2207026,', 'error code 2207026', '(#2207026)']) {
			assert.equal(normalizeQuery(query), '2207026', query);
		}
		assert.equal(normalizeQuery('code 352 subcode 2207026'), '352 2207026');
		assert.equal(normalizeQuery('  (#-2) '), '-2');
	});

	it('leaves a message phrase whole, filler words included, with spaces tidied', () => {
		assert.equal(normalizeQuery('  An unknown   error occurred '), 'An unknown error occurred');
		assert.equal(normalizeQuery('Media upload has failed with error code 2207026'), 'Media upload has failed with error code 2207026');
		assert.equal(normalizeQuery('Carousels need at least 2 photos'), 'Carousels need at least 2 photos');
		assert.equal(normalizeQuery('REVOKED_ACCESS_TOKEN'), 'REVOKED_ACCESS_TOKEN');
	});

	it('keeps a query made only of filler words', () => {
		assert.equal(normalizeQuery('error code'), 'error code');
		assert.equal(normalizeQuery(''), '');
	});
});

describe('exactKeys', () => {
	it('tries the whole query first, then each number of a code query, longest first', () => {
		assert.deepEqual(exactKeys('#2207026'), ['#2207026', '2207026']);
		assert.deepEqual(exactKeys('code 352 subcode 2207026'), ['code 352 subcode 2207026', '352 2207026', '2207026', '352']);
		assert.deepEqual(exactKeys('(#100) The caption is too long.'), ['the caption is too long']);
	});

	it('never reduces a phrase to a number inside it', () => {
		assert.deepEqual(exactKeys('Carousels need at least 2 photos'), ['carousels need at least 2 photos']);
	});
});

describe('entryKeys', () => {
	it('holds the code, each subcode, code-only Graph codes and fixed message texts, in comparable form', () => {
		const keys = entryKeys(
			data({
				code: 'Session has been invalidated',
				graph: [{ code: 190, subcode: 460 }, { code: 102 }, { code: 200, through: 299 }],
				messages: [
					{ text: '(#190) Session has been invalidated.', field: 'message', source: 'seed' },
					{ text: 'The image is too large. It should be less than {size}.', field: 'message', source: 'seed' },
				],
			}),
		);
		assert.deepEqual(keys, ['session has been invalidated', '460', '102']);
	});

	it('gives every published entry keys of its own: no two entries share one', () => {
		const owner = new Map<string, string>();
		for (const entry of readErrors()) {
			for (const key of entryKeys(entry.data)) {
				assert.equal(owner.get(key) ?? entry.id, entry.id, `key "${key}" belongs to ${owner.get(key)} and ${entry.id}`);
				owner.set(key, entry.id);
			}
		}
		assert.ok(owner.size > 0);
	});
});

describe('messagesMeta', () => {
	it('drops placeholders and joins the messages', () => {
		assert.equal(
			messagesMeta(data({ messages: [{ text: 'Too large. Less than {size}.', field: 'message', source: 'seed' }, { text: 'Second', field: 'message', source: 'seed' }] })),
			'Too large. Less than . | Second',
		);
		assert.equal(messagesMeta(data({ messages: [] })), '');
	});
});

describe('excerptSegments', () => {
	it('splits on Pagefind marks and decodes entities into plain text', () => {
		assert.deepEqual(excerptSegments('the <mark>caption</mark> is &lt;b&gt; &amp; &#39;long&#x27;'), [
			{ text: 'the ', marked: false },
			{ text: 'caption', marked: true },
			{ text: " is <b> & 'long'", marked: false },
		]);
	});

	it('keeps any other markup as visible text, never as elements', () => {
		assert.deepEqual(excerptSegments('<img src=x onerror=alert(1)><mark>x</mark>'), [
			{ text: '<img src=x onerror=alert(1)>', marked: false },
			{ text: 'x', marked: true },
		]);
		assert.deepEqual(excerptSegments('&#0; &#x110000; &nosuch;'), [{ text: '&#0; &#x110000; &nosuch;', marked: false }]);
	});
});

describe('withExactKeys', () => {
	type Call = { term: string | null; options: SearchOptionsLike };
	/** A fake Pagefind: ranked results by term, and pages found by exact key. */
	function fake(ranked: Record<string, string[]>, byKey: Record<string, string[]>) {
		const calls: Call[] = [];
		const search = async (term: string | null, options: SearchOptionsLike = {}) => {
			calls.push({ term, options });
			const key = options.filters?.[KEY_FILTER];
			const ids = term === null ? (typeof key === 'string' ? (byKey[key] ?? []) : []) : (ranked[term] ?? []);
			return { results: ids.map((id) => ({ id })), unfilteredResultCount: ids.length };
		};
		return { search, calls };
	}
	const ids = (response: { results: { id: string }[] } | null) => response?.results.map((r) => r.id);

	it('puts the page that owns the key first, without listing it twice', async () => {
		const { search } = fake({ '2': ['2207028', '2207026', '2'] }, { '2': ['2'] });
		assert.deepEqual(ids(await withExactKeys(search)('#2')), ['2', '2207028', '2207026']);
	});

	it('sends the normalised query to Pagefind and keeps the filters chosen', async () => {
		const { search, calls } = fake({ '2207026': ['a'] }, { '2207026': ['b'] });
		const filters = { category: ['Media Format'] };
		assert.deepEqual(ids(await withExactKeys(search)('subcode 2207026', { filters })), ['b', 'a']);
		assert.deepEqual(calls[0], { term: '2207026', options: { filters } });
		assert.ok(calls.some((c) => c.term === null && c.options.filters?.[KEY_FILTER] === '2207026' && c.options.filters['category'] === filters.category));
	});

	it('returns the ranked results unchanged when no key matches, and passes an empty term through', async () => {
		const { search, calls } = fake({ 'aspect ratio': ['x', 'y'] }, {});
		assert.deepEqual(ids(await withExactKeys(search)('aspect ratio')), ['x', 'y']);
		const before = calls.length;
		await withExactKeys(search)(null);
		await withExactKeys(search)('  ');
		assert.deepEqual(calls.slice(before).map((c) => c.term), [null, '  ']);
	});
});

describe('forCurrentTerm', () => {
	/** A fake search that records each call and answers with the term it was asked for. */
	function recording() {
		const calls: { term: string | null; options: SearchOptionsLike }[] = [];
		const search = async (term: string | null, options: SearchOptionsLike = {}) => {
			calls.push({ term, options });
			return { results: [{ id: String(term) }] };
		};
		return { search, calls };
	}

	it('passes a call for the current term through unchanged', async () => {
		const { search, calls } = recording();
		const filters = { category: ['Authorization'] };
		const now: CurrentSearch = { term: '2207026', filters };
		assert.deepEqual(await forCurrentTerm(search, () => now)('2207026', { filters }), { results: [{ id: '2207026' }] });
		assert.deepEqual(calls, [{ term: '2207026', options: { filters } }]);
	});

	it('answers a call made for an older term with the current term and filters', async () => {
		const { search, calls } = recording();
		const now: CurrentSearch = { term: '2207026', filters: { action: ['Fix the input'] } };
		const response = await forCurrentTerm(search, () => now)('2', { filters: {} });
		assert.deepEqual(response, { results: [{ id: '2207026' }] });
		assert.deepEqual(calls, [{ term: '2207026', options: { filters: { action: ['Fix the input'] } } }]);
	});

	it('reads the current term when the call is made, not when it was wrapped', async () => {
		const { search, calls } = recording();
		const now: CurrentSearch = { term: '2' };
		const wrapped = forCurrentTerm(search, () => now);
		now.term = '2207';
		await wrapped('2');
		assert.deepEqual(calls.map((c) => c.term), ['2207']);
	});

	it('answers nothing for an older term once the box has been cleared', async () => {
		const { search, calls } = recording();
		assert.equal(await forCurrentTerm(search, () => ({ term: '' }))('2207026'), null);
		assert.equal(await forCurrentTerm(search, () => ({ term: '   ' }))('2207026'), null);
		assert.deepEqual(calls, []);
	});

	it('passes a null term (a filter-only search) through', async () => {
		const { search, calls } = recording();
		await forCurrentTerm(search, () => ({ term: '2207026' }))(null, { filters: { key: '2' } });
		assert.deepEqual(calls, [{ term: null, options: { filters: { key: '2' } } }]);
	});
});
