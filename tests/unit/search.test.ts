/**
 * Search's pure parts (src/lib/search/): the query clean-up and the terms for Pagefind, the index
 * metadata, and the merge of the decoder's matches with Pagefind's results; then the decoder's
 * part of search against the real content.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import { errorSchema } from '../../src/lib/error-schema.ts';
import { readdirSync } from 'node:fs';
import { decode, type DecodeResult, type ExtractedFields, type Match } from '../../src/lib/decode.ts';
import { buildExport, type ExportedError } from '../../src/lib/error-export.ts';
import { errorPath } from '../../src/lib/paths.ts';
import { messagesMeta } from '../../src/lib/search/index-settings.ts';
import {
	actionTone,
	containsTerm,
	excerptSegments,
	isAnswer,
	mergeResults,
	pageKey,
	type PagefindPage,
} from '../../src/lib/search/merge.ts';
import {
	anyOfWords,
	capQuery,
	decoderQuery,
	isCodeQuery,
	isFillerOnly,
	MAX_ANY_WORDS,
	MAX_QUERY_CHARS,
	MAX_TERM_WORDS,
	meaningTerm,
	normalizeQuery,
	pagefindTerms,
} from '../../src/lib/search/query.ts';
import { ACTIONS } from '../../src/lib/taxonomy.ts';
import type { Paste } from '../fixtures/pastes/types.ts';
import { entryWith } from '../fixtures/entries.ts';

const data = (changes: Record<string, unknown> = {}) => errorSchema.parse(entryWith(changes));

describe('normalizeQuery', () => {
	it('reduces the ways people write a code to the bare number', () => {
		for (const query of [
			'2207026',
			'#2207026',
			'subcode 2207026',
			'Subcode: 2207026',
			'error_subcode=2207026',
			'"error_subcode": 2207026,',
			'error code 2207026',
			'(#2207026)',
		]) {
			assert.equal(normalizeQuery(query), '2207026', query);
		}
		assert.equal(normalizeQuery('code 352 subcode 2207026'), '352 2207026');
		assert.equal(normalizeQuery('  (#-2) '), '-2');
	});

	it('leaves a message phrase whole, filler words included, with spaces tidied', () => {
		assert.equal(normalizeQuery('  An unknown   error occurred '), 'An unknown error occurred');
		assert.equal(
			normalizeQuery('Media upload has failed with error code 2207026'),
			'Media upload has failed with error code 2207026',
		);
		assert.equal(normalizeQuery('Carousels need at least 2 photos'), 'Carousels need at least 2 photos');
		assert.equal(normalizeQuery('REVOKED_ACCESS_TOKEN'), 'REVOKED_ACCESS_TOKEN');
	});

	it('keeps a query made only of filler words', () => {
		assert.equal(normalizeQuery('error code'), 'error code');
		assert.equal(normalizeQuery(''), '');
	});
});

describe('messagesMeta', () => {
	it('drops placeholders and joins the messages', () => {
		assert.equal(
			messagesMeta(
				data({
					messages: [
						{ text: 'Too large. Less than {size}.', field: 'message', source: 'seed' },
						{ text: 'Second', field: 'message', source: 'seed' },
					],
				}),
			),
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
		assert.deepEqual(excerptSegments('&#0; &#x110000; &nosuch;'), [
			{ text: '&#0; &#x110000; &nosuch;', marked: false },
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Searching with the decoder and Pagefind together

const exported = buildExport(readErrors(), errorPath).errors;
const records = new Map<string, ExportedError>(exported.map((e) => [e.id, e]));
const record = (id: string) => records.get(id)!;
const page = (url: string, meta: Record<string, string> = {}, excerpt = ''): PagefindPage => ({ url, meta, excerpt });
/** pagefindTerms for a query and what the decoder read from it. */
const terms = (query: string, fields: ExtractedFields = {}, shape: DecodeResult['shape'] = 'text') =>
	pagefindTerms(query, { fields, shape });

describe('capQuery and isCodeQuery', () => {
	it('cuts a query to the length search reads, never inside a surrogate pair', () => {
		assert.equal(capQuery('x'.repeat(MAX_QUERY_CHARS + 50)).length, MAX_QUERY_CHARS);
		const emoji = `${'x'.repeat(MAX_QUERY_CHARS - 1)}😀`;
		assert.equal(capQuery(emoji).length, MAX_QUERY_CHARS - 1);
		assert.equal(capQuery(undefined as unknown as string), '');
	});

	it('tells a query made only of codes from one with words', () => {
		for (const q of [
			'2207026',
			'#2207026',
			'(#190)',
			'code 190 subcode 463',
			'400 - 2207026',
			'error_subcode: 2207026',
			'190/463',
		])
			assert.ok(isCodeQuery(q), q);
		for (const q of [
			'aspect ratio',
			'Media upload has failed with error code 2207026',
			'',
			'{"error":{"message":"Invalid parameter","code":100}}',
		])
			assert.ok(!isCodeQuery(q), q);
	});
});

describe('decoderQuery', () => {
	it('spells out two bare numbers as a code and a subcode, in the order written', () => {
		assert.equal(decoderQuery('100/33'), 'code 100 subcode 33');
		assert.equal(decoderQuery('190, 463'), 'code 190 subcode 463');
		assert.equal(decoderQuery('(#100) 33'), 'code 100 subcode 33');
	});

	it('passes anything else through', () => {
		for (const q of ['2207026', 'code 352 subcode 2207026', 'aspect ratio', '1 2 3']) assert.equal(decoderQuery(q), q);
	});
});

describe('meaningTerm', () => {
	it("keeps Meta's words and drops the code prefix, ids, URLs, dates and quotes", () => {
		assert.equal(
			meaningTerm({ message: '(#100) The media with id 17895695668004550 cannot be found' }),
			'The media with id cannot be found',
		);
		assert.equal(
			meaningTerm({
				message: 'Session has expired on Friday, 2026-11-27T10:00:00Z. See https://developers.facebook.com/docs "now"',
			}),
			'Session has expired on Friday, . See now',
		);
		assert.equal(meaningTerm({ error_user_title: 'Unsupported format' }), 'Unsupported format');
		assert.equal(meaningTerm({}), '');
	});

	it('keeps at most MAX_TERM_WORDS words', () => {
		assert.equal(meaningTerm({ message: 'word '.repeat(100) }).split(' ').length, MAX_TERM_WORDS);
	});
});

describe('pagefindTerms', () => {
	it('asks nothing for a query made only of codes, a code being typed, or an empty one', () => {
		assert.deepEqual(terms('#2207026'), []);
		for (const q of ['c', 'code', 'code 352 sub', 'error_sub', 'Error code']) assert.deepEqual(terms(q), [], q);
		assert.ok(isFillerOnly('code 352 sub') === false && isFillerOnly('error sub') && !isFillerOnly('errand'));
		assert.deepEqual(terms('   '), []);
	});

	it('asks the words as typed, then the words that carry meaning', () => {
		const line = '2026-11-30 ERROR job=42 (#9007) Media ID is not available';
		assert.deepEqual(terms(line, { message: '(#9007) Media ID is not available' }), [
			line,
			'Media ID is not available',
		]);
		assert.deepEqual(terms('aspect ratio', { message: 'aspect ratio' }), ['aspect ratio']);
	});

	it('asks a structured paste by its meaning only, and skips a whole paste too long to ever match', () => {
		const body = '{"error":{"message":"Media ID is not available","code":9007}}';
		assert.deepEqual(terms(body, { message: 'Media ID is not available' }, 'error-body'), [
			'Media ID is not available',
		]);
		const long = `${'noise '.repeat(MAX_TERM_WORDS + 1)}Media ID is not available`;
		assert.deepEqual(terms(long, { message: 'Media ID is not available' }), ['Media ID is not available']);
		assert.deepEqual(terms(body, {}, 'error-body'), [normalizeQuery(body)]);
	});
});

describe('anyOfWords', () => {
	it('keeps the words that tell a message apart: four letters or more, not common, not numbers, each once', () => {
		assert.deepEqual(anyOfWords("The video file you selected is in a format that we don't support (2207026)."), [
			'video',
			'file',
			'selected',
			'format',
			"don't",
			'support',
		]);
		assert.deepEqual(anyOfWords('Error: please try again, error code 190'), []);
		assert.deepEqual(anyOfWords('Token token TOKEN expired'), ['token', 'expired']);
	});

	it(`looks for at most ${MAX_ANY_WORDS} words`, () => {
		const many = Array.from({ length: 20 }, (_, i) => `word${String.fromCharCode(97 + i)}`).join(' ');
		assert.equal(anyOfWords(many).length, MAX_ANY_WORDS);
	});
});

describe('containsTerm', () => {
	const content = 'Send the video product tags without x and y. Publishing failed on the fly.';
	const at = (...words: string[]) =>
		words.map((w) => content.split(/\s+/).findIndex((c) => c.replace(/\W/g, '') === w));

	it('keeps a page whose matched words are the words asked, their stems or plurals', () => {
		assert.ok(containsTerm('product tags', { content, locations: at('product', 'tags') }));
		assert.ok(containsTerm('publish tag', { content, locations: at('Publishing', 'tags') }));
		assert.ok(containsTerm('video tags and more words', { content, locations: at('video', 'tags', 'and') }));
	});

	it('drops a page Pagefind found through look-alike words only', () => {
		assert.ok(!containsTerm('flibbertigibbet', { content, locations: at('fly') }));
		assert.ok(!containsTerm('xqzvbn', { content, locations: at('x') }));
		assert.ok(!containsTerm('Zorblax quuxified the flibbertigibbet', { content, locations: at('the', 'fly') }));
	});

	it('keeps a result it cannot check', () => {
		assert.ok(containsTerm('anything', {}));
		assert.ok(containsTerm('a b', { content, locations: [] }));
	});
});

describe('actionTone', () => {
	it("gives every action's colour token as the taxonomy defines it", () => {
		for (const action of ACTIONS) assert.equal(actionTone(action.id), action.tone, action.id);
	});
});

describe('mergeResults', () => {
	const [a, b, c] = exported;
	const m = (id: string, strength: Match['strength'], reason = `code ${id} in your text`): Match => ({
		id,
		strength,
		score: 1,
		by: 'code',
		reasons: [reason, 'a second reason'],
	});

	it("puts the decoder's confident matches first, then Pagefind's, then the decoder's possible ones", () => {
		const hits = mergeResults(
			[m(c!.id, 'possible'), m(a!.id, 'exact')],
			[page('/faq/#q', { title: 'A question' })],
			records,
		);
		assert.deepEqual(
			hits.map((h) => [h.url, h.from]),
			[
				[a!.url, 'decoder'],
				['/faq/#q', 'pagefind'],
				[c!.url, 'decoder'],
			],
		);
		assert.deepEqual(hits[0]?.reasons, [`code ${a!.id} in your text`, 'a second reason']);
		assert.ok(isAnswer(hits[0], 'match') && !isAnswer(hits[1], 'match') && !isAnswer(hits[2], 'match'));
		// a strong match the decoder holds back (an ads call, an unknown subcode) is not the answer
		assert.ok(!isAnswer(hits[0], 'possible'));
		assert.equal(hits[0]?.title, a!.title);
		assert.equal(hits[0]?.tone, actionTone(a!.action));
	});

	it("puts pages full text found with only some of the words after the decoder's possible matches", () => {
		const hits = mergeResults(
			[m(c!.id, 'possible'), m(a!.id, 'exact')],
			[page('/faq/#q', { title: 'A question' })],
			records,
			new Map(),
			{ loose: true },
		);
		assert.deepEqual(
			hits.map((h) => h.url),
			[a!.url, c!.url, '/faq/#q'],
		);
	});

	it('lists each page once, at its best place (fragments and a missing slash ignored)', () => {
		const hits = mergeResults(
			[m(a!.id, 'exact'), m(b!.id, 'possible')],
			[
				page(`${a!.url}#what-happened`, { code: a!.code }),
				page(b!.url.replace(/\/$/, ''), { code: b!.code }),
				page(b!.url),
			],
			records,
		);
		assert.deepEqual(
			hits.map((h) => pageKey(h.url)),
			[a!.url, b!.url],
		);
		assert.equal(hits[1]?.from, 'pagefind');
	});

	it('uses the action label from the data when given, and skips matches with no record', () => {
		const labels = new Map([[a!.action, 'Label from the data']]);
		const hits = mergeResults([m('no-such-entry', 'exact'), m(a!.id, 'exact')], [], records, labels);
		assert.equal(hits.length, 1);
		assert.equal(hits[0]?.actionLabel, 'Label from the data');
	});

	it('shows a Pagefind result with its metadata and excerpt', () => {
		const [hit] = mergeResults(
			[],
			[page('/errors/x/', { code: '9', title: 'T', action: 'Fix input', tone: 'fix' }, 'a <mark>b</mark>')],
			records,
		);
		assert.deepEqual(hit, {
			url: '/errors/x/',
			title: 'T',
			code: '9',
			actionLabel: 'Fix input',
			tone: 'fix',
			excerpt: 'a <mark>b</mark>',
			from: 'pagefind',
		});
	});
});

/** Ways a developer types one entry's code: the code, `#code`, each subcode bare, as `subcode N` and as a code/subcode pair. */
function codeQueries(data: (typeof exported)[number]): string[] {
	const queries = /^\d+$/.test(data.code) ? [data.code, `#${data.code}`] : [];
	for (const key of data.graph) {
		if (key.subcode !== undefined) {
			queries.push(String(key.subcode), `subcode ${key.subcode}`);
			if (key.code !== undefined) queries.push(`code ${key.code} subcode ${key.subcode}`, `${key.code}/${key.subcode}`);
		} else if (key.code !== undefined && key.through === undefined) queries.push(`(#${key.code})`, `code ${key.code}`);
	}
	return [...new Set(queries)];
}

const searchFirst = (query: string) =>
	mergeResults(decode(decoderQuery(query), exported).matches, [], records).map((h) => h.url);

describe('ranking on the real content', () => {
	it('puts the page first for every bare code, subcode and code/subcode pair, without full-text search', () => {
		let count = 0;
		for (const entry of exported) {
			for (const query of codeQueries(entry)) {
				assert.ok(isCodeQuery(query), `"${query}" is answered from the data alone`);
				assert.equal(searchFirst(query)[0], entry.url, `query "${query}"`);
				count++;
			}
		}
		assert.ok(count > exported.length, `${count} code queries`);
	});

	it('has the right page in the top 3 for at least 9 in 10 pasted errors (decoder part alone)', async () => {
		const dir = new URL('../fixtures/pastes/', import.meta.url);
		const pastes: Paste[] = [];
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts')) {
			const mod = (await import(new URL(file, dir).href)) as Record<string, unknown>;
			for (const value of Object.values(mod)) if (Array.isArray(value)) pastes.push(...(value as Paste[]));
		}
		pastes.push(...ownPastes());
		const withPage = pastes.filter((p) => p.expect !== null && records.has(p.expect));
		const top3 = withPage.filter((p) => searchFirst(p.text).slice(0, 3).includes(record(p.expect!).url));
		const rate = top3.length / withPage.length;
		console.log(
			`header search, decoder part: right page in top 3 for ${top3.length} of ${withPage.length} pastes (${(rate * 100).toFixed(1)}%)`,
		);
		const missed = withPage.filter((p) => !top3.includes(p)).map((p) => `${p.expect}: ${p.text.slice(0, 90)}`);
		assert.ok(rate >= 0.9, `top-3 rate ${rate.toFixed(2)} under 0.9; missed:\n${missed.join('\n')}`);
	});

	it('never throws and stays text on hostile or huge input', () => {
		for (const raw of [
			'',
			'\u0000\uFFFD',
			'{'.repeat(5_000),
			'<script>alert(1)</script>',
			'x'.repeat(200_000),
			'(#'.repeat(10_000),
		]) {
			const query = capQuery(raw);
			const result = decode(query, exported);
			assert.doesNotThrow(() => mergeResults(result.matches, [], records));
			assert.doesNotThrow(() => pagefindTerms(query, result));
		}
	});
});

/**
 * Pastes in the shapes people bring, written from each entry's own Meta message and keys: a
 * Graph error body, a Python dump, a PHP print_r, a log line, an exception string and the
 * WWW-Authenticate header. The shared fixtures (tests/fixtures/pastes/) add real-world ones.
 */
function ownPastes(): Paste[] {
	const source = 'written for this test from the entry frontmatter (Meta message and keys)';
	const out: Paste[] = [];
	for (const e of exported) {
		const message = e.messages.find((m) => m.field === 'message' && !m.text.includes('{'))?.text;
		const key = e.graph.find((k) => k.code !== undefined && k.through === undefined);
		if (!message || !key) continue;
		const sub = key.subcode;
		const type = e.type ?? 'OAuthException';
		out.push(
			{
				shape: 'graph-json',
				expect: e.id,
				source,
				text: JSON.stringify({
					error: { message, type, code: key.code, ...(sub ? { error_subcode: sub } : {}), fbtrace_id: 'AbC123xYz' },
				}),
			},
			{
				shape: 'wrapped-json',
				expect: e.id,
				source,
				text: `{'error': {'message': '${message.replace(/'/g, "\\'")}', 'type': '${type}', 'code': ${key.code}${sub ? `, 'error_subcode': ${sub}` : ''}}}`,
			},
			{
				shape: 'wrapped-json',
				expect: e.id,
				source,
				text: `Array ( [error] => Array ( [message] => ${message} [type] => ${type} [code] => ${key.code}${sub ? ` [error_subcode] => ${sub}` : ''} ) )`,
			},
			{
				shape: 'log-line',
				expect: e.id,
				source,
				text: `2026-11-30T08:14:22.511Z ERROR [publish-worker] job=8812 ig_user=1784140 Graph API error: (#${key.code}) ${message}${sub ? ` subcode=${sub}` : ''}`,
			},
			{
				shape: 'exception',
				expect: e.id,
				source,
				text: `${type}: (#${key.code}) ${message}${sub ? ` [code=${key.code}, subcode=${sub}]` : ''}`,
			},
			{
				shape: 'www-authenticate',
				expect: e.id,
				source,
				text: `www-authenticate: OAuth "Facebook Platform" "invalid_request" "(#${key.code}) ${message}`,
			},
		);
	}
	return out;
}
