/**
 * Each part of the paste reader on its own, with no browser: the bounded parser, extraction of
 * every shape, ranking and the family page on a small synthetic reference, sharing, and hostile
 * input (megabytes, markup, NUL bytes, pathological repetition) answered in bounded time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode, MAX_INPUT_CHARS, type DecodableEntry } from '../../src/lib/decode.ts';
import { extract } from '../../src/lib/paste/extract.ts';
import { familyOf, match } from '../../src/lib/paste/match.ts';
import { findObjects, parseAt, prepareInput, unescapeQuotes } from '../../src/lib/paste/parse.ts';
import { fromFragment, searchTerm, shareableText, toFragment } from '../../src/lib/paste/share.ts';

/** Without the whole-text copy, which every extraction carries. */
const read = (text: string) => {
	const { shape, fields } = extract(text);
	const { text: _, ...rest } = fields;
	return { shape, fields: rest };
};

describe('paste/parse', () => {
	it('reads JSON, Python, Ruby and JavaScript object literals', () => {
		assert.deepEqual({ ...(parseAt('{"a": 1}', 0).value as object) }, { a: 1 });
		const py = parseAt("{'a': True, 'b': None, 'c': u'x'}", 0);
		assert.equal(py.relaxed, true);
		assert.deepEqual({ ...(py.value as object) }, { a: true, b: null, c: 'x' });
		assert.deepEqual({ ...(parseAt('{"a"=>1}', 0).value as object) }, { a: 1 });
		assert.deepEqual({ ...(parseAt('{ a: 1, b: [Object] }', 0).value as object) }, { a: 1, b: ['Object'] });
	});

	it('reads an object the text ends inside, dropping a number that may be missing digits', () => {
		const [found] = findObjects('{"error":{"message":"Media ID is not av');
		assert.ok(found?.parsed.cut);
		const error = (found?.parsed.value as { error: Record<string, unknown> }).error;
		assert.equal(error['message'], 'Media ID is not av');
		const [cutNumber] = findObjects('{"error":{"code":9007,"error_subcode":2207');
		const inner = (cutNumber?.parsed.value as { error: Record<string, unknown> }).error;
		assert.equal(inner['code'], 9007);
		assert.equal('error_subcode' in inner, false);
	});

	it('removes one level of escaped quotes, and nothing when there is none', () => {
		assert.equal(unescapeQuotes('{\\"a\\":1}'), '{"a":1}');
		assert.equal(unescapeQuotes('{"a":1}'), undefined);
	});

	it('cuts to the limit and blanks control characters', () => {
		const { text, truncated, length } = prepareInput(`a\u0000b${'x'.repeat(MAX_INPUT_CHARS)}`);
		assert.equal(truncated, true);
		assert.equal(length, MAX_INPUT_CHARS + 3);
		assert.equal(text.slice(0, 3), 'a b');
	});
});

describe('paste/extract', () => {
	it('reads a subcode written with a minus sign as the subcode', () => {
		assert.equal(read('FacebookRequestError: Invalid parameter (code 100, subcode -2207028)').fields.subcode, 2207028);
	});

	it("reads Instagram Login's code as the HTTP status, not a Graph code", () => {
		const { fields } = read('{"error_type": "OAuthException", "code": 400, "error_message": "Invalid platform app"}');
		assert.deepEqual(fields, { http: 400, type: 'OAuthException', message: 'Invalid platform app' });
	});

	it('reads the WWW-Authenticate header with its closing quote lost', () => {
		const { shape, fields } = read(
			'OAuth "Facebook Platform" "invalid_request" "(#10) Requires instagram_content_publish permission',
		);
		assert.equal(shape, 'header');
		assert.equal(fields.code, 10);
		assert.equal(fields.message, '(#10) Requires instagram_content_publish permission');
	});

	it('reads PHP print_r and Koala forms, where values are not quoted', () => {
		const php = read(
			'Array ( [error] => Array ( [message] => Invalid parameter\n [code] => 100\n [error_subcode] => 2207028\n ) )',
		);
		assert.equal(php.fields.code, 100);
		assert.equal(php.fields.subcode, 2207028);
		assert.equal(php.fields.message, 'Invalid parameter');
		const koala = read(
			'type: OAuthException, code: 190, error_subcode: 463, message: Error validating access token: Session has expired. [HTTP 400]',
		);
		assert.equal(koala.fields.subcode, 463);
		assert.equal(koala.fields.http, 400);
		assert.equal(koala.fields.message, 'Error validating access token: Session has expired.');
	});

	it('reads the HTTP status and the Meta host from a client error', () => {
		const { fields } = read(
			'Client error: `POST https://graph.facebook.com/v21.0/1/media` resulted in a `400 Bad Request` response:\n{"error":{"message":"Invalid parameter","code":100,"error_subcode":2207028}}',
		);
		assert.equal(fields.http, 400);
		assert.equal(fields.host, 'graph.facebook.com');
		assert.equal(fields.subcode, 2207028);
	});

	it('reads a body logged as an escaped JSON string', () => {
		const { fields } = read('body="{\\"error\\":{\\"message\\":\\"x\\",\\"code\\":24,\\"error_subcode\\":2207008}}"');
		assert.equal(fields.code, 24);
		assert.equal(fields.subcode, 2207008);
	});

	it('reads a pair given as "code/subcode" and a vendor table\'s "HTTP - subcode"', () => {
		assert.deepEqual(read('190/463').fields, { code: 190, subcode: 463 });
		assert.deepEqual(read('400 - 2207042').fields, { http: 400, subcode: 2207042 });
	});

	it("reads SDKs' camelCase keys (errorCode, subErrorCode, HttpStatus)", () => {
		const { fields } = read(
			'GraphResponse: {HttpStatus: 400, errorCode: 190, subErrorCode: 460, errorType: OAuthException}',
		);
		assert.equal(fields.code, 190);
		assert.equal(fields.subcode, 460);
		assert.equal(fields.http, 400);
	});

	it('strips log prefixes from the message it shows', () => {
		const { fields } = read(
			'2026-11-30T14:02:11.482Z ERROR [publish-worker] job=ig-publish:88121 Something odd happened',
		);
		assert.equal(fields.message, 'Something odd happened');
	});
});

describe('paste/match', () => {
	const entries: DecodableEntry[] = [
		{ id: 'sub', category: 'container', graph: [{ code: 100, subcode: 2207028 }], messages: [] },
		{ id: 'other', category: 'container', graph: [{ code: 100, subcode: 33 }], messages: [] },
		{
			id: 'msg',
			category: 'format',
			graph: [{ code: 100, subcode: 2207023 }],
			messages: [{ text: 'The media type {type} is unknown.' }],
		},
		{ id: 'c190', category: 'auth', type: 'OAuthException', graph: [{ code: 190 }], messages: [] },
		{
			id: 's463',
			category: 'auth',
			type: 'OAuthException',
			graph: [{ code: 190, subcode: 463 }],
			messages: [{ text: 'Session has expired on {date}' }],
		},
		{
			id: 'limit',
			category: 'rate',
			graph: [{ code: 4 }],
			messages: [{ text: 'Application request limit reached' }],
			aliases: [],
		},
		{
			id: 'fetch',
			category: 'upload',
			graph: [{ code: 9004, subcode: 2207052 }],
			messages: [],
			aliases: [{ text: 'Media fetch failed, please try again', seen: 'a tool' }],
		},
	];

	it('puts the subcode first, with the reason in words', () => {
		const [top] = match({ code: 100, subcode: 2207028 }, entries);
		assert.equal(top?.id, 'sub');
		assert.equal(top?.reasons[0], 'subcode 2207028 with code 100 in your text');
	});

	it('ranks a message template inside other words above a shared code', () => {
		const r = decode('ERROR (#100) The media type CAROUSEL is unknown. retry=1', entries);
		assert.equal(r.matches[0]?.id, 'msg');
		assert.equal(r.verdict, 'match');
	});

	it('ranks the subcode page above the generic page of a shared code', () => {
		const r = decode('code 190 subcode 463', entries);
		assert.deepEqual(
			r.matches.map((m) => m.id),
			['s463'],
		);
		const message = decode(
			'{"error":{"code":190,"message":"Error validating access token: Session has expired on Monday"}}',
			entries,
		);
		assert.equal(message.matches[0]?.id, 's463');
		assert.equal(message.matches[1]?.id, 'c190');
	});

	it('matches an alias, and says where it was seen', () => {
		const r = decode('Post failed: Media fetch failed, please try again', entries);
		assert.equal(r.matches[0]?.id, 'fetch');
		assert.match(r.matches[0]?.reasons[0] ?? '', /seen in a tool/);
	});

	it('gives no answer for a shared code alone, and names the family from the entries', () => {
		const r = decode('(#100) Invalid parameter', entries);
		assert.notEqual(r.verdict, 'match');
		assert.deepEqual(r.family, {
			kind: 'category',
			id: 'container',
			reason: 'code 100: most errors with this code are in this category',
		});
		assert.equal(decode('code 190 subcode 999', entries).family?.id, 'c190');
		assert.equal(
			familyOf({ http: 429 }, [...entries, { id: 'x', category: 'rate-limiting', graph: [], messages: [] }])?.id,
			'rate-limiting',
		);
	});

	it('reports what was understood, whatever matched', () => {
		const r = decode('{"error_type": "OAuthException", "code": 400, "error_message": "Invalid platform app"}', entries);
		assert.equal(r.verdict, 'none');
		assert.deepEqual(r.understood, { type: 'OAuthException', http: 400, message: 'Invalid platform app' });
	});
});

describe('paste/share', () => {
	it('round-trips text through the fragment, without tokens', () => {
		const text = 'GET https://graph.facebook.com/me?access_token=EAABsbCS1iHgBAKZCZBZAabcdefghijklmnop failed';
		const back = fromFragment(toFragment(text));
		assert.equal(back, shareableText(text));
		assert.ok(!back.includes('EAABsbCS1iHgBAKZCZBZ'));
	});

	it('searches by the subcode, else the code, else the message', () => {
		assert.equal(searchTerm({ code: 100, subcode: 33 }), '33');
		assert.equal(searchTerm({ message: '(#10) Some text' }), 'Some text');
	});
});

describe('hostile input: no crash, bounded time', () => {
	const entries: DecodableEntry[] = [
		{ id: 'a', graph: [{ code: 100, subcode: 2207028 }], messages: [{ text: 'The media with {id} cannot be found' }] },
	];
	const MB = 1 << 20;
	const cases: [string, string][] = [
		['a megabyte of one letter', 'a'.repeat(MB)],
		['a megabyte of open braces', '{'.repeat(MB)],
		['repeated "message": keys', '"message": "'.repeat(MB / 12)],
		['repeated code fragments', 'code: 1, subcode: '.repeat(MB / 18)],
		['repeated escaped quotes', '\\"'.repeat(MB / 2)],
		['repeated (#1) prefixes', '(#1) '.repeat(MB / 5)],
		['repeated headers', 'OAuth "Facebook Platform" "x" "'.repeat(MB / 32)],
		['a template prefix again and again', 'the media with '.repeat(MB / 15)],
		['script tags', '<script>alert(1)</script>'.repeat(1000)],
		['NUL bytes and controls', '\u0000\u0001\u0002{"error":\u0000{"code":100}}'.repeat(1000)],
		['PHP arrows', '[message] => '.repeat(MB / 13)],
		['nested arrays', `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
		['lone surrogates', '\uD800\uDC00\uD800'.repeat(50_000)],
	];
	for (const [name, text] of cases) {
		it(name, () => {
			const started = performance.now();
			const r = decode(text, entries);
			const ms = performance.now() - started;
			assert.ok(ms < 500, `${ms.toFixed(0)} ms`);
			assert.ok(r.verdict !== 'match' || r.matches[0]?.id === 'a');
		});
	}

	it('never reads markup as anything but text', () => {
		const r = decode('<img src=x onerror=alert(1)><script>alert(1)</script>', entries);
		assert.equal(r.verdict === 'match', false);
	});
});
