/**
 * The decoder against the real content: entries are read from content/errors with the site's
 * schemas and turned into `/errors.json` records by the same function the endpoint uses, so a
 * content change that breaks decoding fails here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import {
	decode,
	extract,
	fromFragment,
	MAX_INPUT_CHARS,
	readFields,
	searchTerm,
	shareableText,
	toFragment,
	type DecodeResult,
	type ExtractedFields,
	type InputShape,
} from '../../src/lib/decode.ts';
import { buildExport } from '../../src/lib/error-export.ts';
import { errorPath } from '../../src/lib/paths.ts';

const entries = buildExport(readErrors(), errorPath).errors;
const ids = new Set(entries.map((e) => e.id));

const body = (error: Record<string, unknown>) => JSON.stringify({ error });

/** The answer: the first match, when the decoder presents one as the answer. */
const answer = (r: DecodeResult) => (r.verdict === 'match' ? r.matches[0]?.id : undefined);

interface Row {
	name: string;
	input: string;
	/** The entry that must come first as the answer, or null for "no certain match". */
	expect: string | null;
	shape?: InputShape;
}

const thaiTitle = 'ไม่สามารถโพสต์เป็นภาพหมุนได้';
const thaiMsg = 'โพสต์ของคุณใช้เป็นภาพหมุนไม่ได้ ภาพหมุนต้องมีรูปภาพ/วิดีโออย่างน้อย 2 รายการ';

const table: Row[] = [
	// full Graph error bodies
	{
		name: "Meta's sample body (image too large)",
		input:
			'{"error":{"message":"The image size is too large.","type":"OAuthException","code":36000,"error_subcode":2207004,"is_transient":false,"error_user_title":"Image size too large","error_user_msg":"The image is too large to download. It should be less than 8 MiB.","fbtrace_id":"A6LJylpZRKw2xKLFsAP-cJh"}}',
		expect: '2207004',
		shape: 'error-body',
	},
	{
		name: 'body pretty-printed over several lines',
		input: JSON.stringify(
			{
				error: {
					message: 'Media ID is not available',
					type: 'OAuthException',
					code: 9007,
					error_subcode: 2207027,
					fbtrace_id: 'AbC',
				},
			},
			null,
			2,
		),
		expect: '2207027',
		shape: 'error-body',
	},
	{
		name: 'code 4 with subcode 2207051: the subcode wins over the app-throttle message',
		input: body({
			message: 'Application request limit reached',
			type: 'OAuthException',
			code: 4,
			error_subcode: 2207051,
			error_user_title: 'Action is blocked',
		}),
		expect: '2207051',
	},
	{
		name: 'code 4 without subcode is app throttling',
		input: body({
			message: '(#4) Application request limit reached',
			type: 'OAuthException',
			code: 4,
			is_transient: true,
		}),
		expect: '4',
	},
	{
		name: 'code 1 with subcode 2207005 is the image format, not "An unknown error occurred"',
		input: body({ message: 'An unknown error occurred', type: 'OAuthException', code: 1, error_subcode: 2207005 }),
		expect: '2207005',
	},
	{
		name: 'code 1 without subcode is the unknown error',
		input: body({ message: 'An unknown error occurred', type: 'OAuthException', code: 1, is_transient: true }),
		expect: 'an-unknown-error-occurred',
	},
	{
		name: 'code 190 with subcode 460 and its long message',
		input: body({
			message:
				'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
			type: 'OAuthException',
			code: 190,
			error_subcode: 460,
		}),
		expect: 'session-has-been-invalidated',
	},
	{
		name: 'code 32 sample from the rate-limiting page',
		input:
			'{"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32,"fbtrace_id":"Fz54k3GZrio"}}',
		expect: 'page-request-limit-reached',
	},
	{
		name: 'a code inside the 200-299 range',
		input: body({ message: '(#230) Requires pages_messaging permission', type: 'OAuthException', code: 230 }),
		expect: '200-299',
	},
	// the inner error object
	{
		name: 'inner error object',
		input:
			'{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2207023,"fbtrace_id":"A1"}',
		expect: '2207023',
		shape: 'error-object',
	},
	// JSON inside a log line
	{
		name: 'log line with the body embedded',
		input:
			'2026-05-01T10:00:00.123Z ERROR [publisher] media_publish failed status=400 body={"error":{"message":"Only photo or video can be accepted as media type.","type":"OAuthException","code":9004,"error_subcode":2207052,"fbtrace_id":"Ax"}} attempt=2',
		expect: '2207052',
		shape: 'embedded-json',
	},
	{
		name: 'structured log whose field holds the body as an escaped JSON string',
		input:
			'{"level":"error","msg":"publish failed","response":"{\\"error\\":{\\"message\\":\\"Media ID is not available\\",\\"code\\":9007,\\"error_subcode\\":2207027}}"}',
		expect: '2207027',
	},
	{
		name: 'Facebook Python SDK error dump',
		input:
			'\n  Message: Call was not successful\n  Method:  POST\n  Path:    https://graph.facebook.com/v21.0/1784/media_publish\n  Status:  400\n  Response:\n    {\n      "error": {\n        "message": "Invalid parameter",\n        "type": "OAuthException",\n        "code": 100,\n        "error_subcode": 2207028,\n        "fbtrace_id": "A9"\n      }\n    }\n',
		expect: '2207028',
		shape: 'embedded-json',
	},
	// Python / JavaScript / Ruby representations
	{
		name: 'Python repr with single quotes, False and None',
		input:
			"{'error': {'message': 'The media is not ready for publishing, please wait for a moment', 'type': 'OAuthException', 'code': 9007, 'error_subcode': 2207027, 'is_transient': False, 'error_user_title': None, 'fbtrace_id': 'AbCdE'}}",
		expect: '2207027',
		shape: 'repr',
	},
	{
		name: "Python 2 repr with u'' strings",
		input:
			"GraphAPIError: {u'error': {u'message': u'(#100) Invalid parameter', u'code': 100, u'error_subcode': 2207040, u'type': u'OAuthException'}}",
		expect: '2207040',
		shape: 'repr',
	},
	{
		name: "Node's util.inspect output (bare keys, single quotes)",
		input:
			"AxiosError: Request failed with status code 400\n  data: { error: { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190, fbtrace_id: 'AQx' } }",
		expect: '190',
		shape: 'repr',
	},
	{
		name: 'Ruby hash inspect with =>',
		input:
			'{"error"=>{"message"=>"Invalid parameter", "type"=>"OAuthException", "code"=>100, "error_subcode"=>2207035, "is_transient"=>false}}',
		expect: '2207035',
		shape: 'repr',
	},
	// fragments
	{
		name: 'code= subcode= fragment',
		input: 'publish failed code=9007 subcode=2207027',
		expect: '2207027',
		shape: 'fields',
	},
	{ name: 'error_subcode: fragment alone', input: 'error_subcode: 463', expect: '463', shape: 'fields' },
	{ name: 'code: fragment in the 200-299 range', input: 'code: 299', expect: '200-299', shape: 'fields' },
	{
		name: 'an Instagram subcode in a sentence',
		input: 'Publishing failed again with 2207032, third time today',
		expect: '2207032',
		shape: 'text',
	},
	{
		name: 'two different Instagram subcodes in a sentence are not guessed between',
		input: 'first 2207032 then 2207053',
		expect: null,
	},
	{
		name: 'code= of a code-only entry',
		input: 'Graph error code=368 type=OAuthException',
		expect: '368',
		shape: 'fields',
	},
	// the container status text
	{
		name: 'container status text',
		input: 'Error: Media upload has failed with error code 2207026',
		expect: '2207026',
		shape: 'status',
	},
	{
		name: 'status text of a code only the status shows',
		input: 'Error: Media upload has failed with error code 2207082',
		expect: '2207082',
		shape: 'status',
	},
	{
		name: 'container status response as JSON',
		input:
			'{"status_code":"ERROR","status":"Error: Media upload has failed with error code 2207076","id":"17895695668004550"}',
		expect: '2207076',
	},
	{
		name: 'status text with a number not in the reference',
		input: 'Error: Media upload has failed with error code 2207099',
		expect: 'media-upload-has-failed',
	},
	// bare numbers
	{ name: 'bare subcode', input: '2207052', expect: '2207052', shape: 'number' },
	{ name: 'bare subcode with spaces and a hash', input: '  #2207042 \n', expect: '2207042', shape: 'number' },
	{ name: 'bare code', input: '80002', expect: '80002', shape: 'number' },
	{ name: 'bare small subcode', input: '33', expect: '33', shape: 'number' },
	{ name: 'bare code shared by two subcode entries has no single answer', input: '-2', expect: null, shape: 'number' },
	{ name: 'bare number nobody uses', input: '400', expect: null, shape: 'number' },
	// message sentences
	{
		name: 'message with a filled-in placeholder',
		input: 'The media builder with creation id = 17895695668004550 does not exist or has been expired.',
		expect: '2207008',
		shape: 'text',
	},
	{
		name: 'message with the (#code) prefix',
		input: '(#10) The user is not an Instagram Business',
		expect: 'user-is-not-an-instagram-business',
		shape: 'text',
	},
	{
		name: 'message after a type name',
		input: 'OAuthException: (#10) The user is not an Instagram Business',
		expect: 'user-is-not-an-instagram-business',
	},
	{
		name: 'message with curly quotes, odd case and spacing',
		input:
			'your POST won’t   work as a carousel.  Carousels need at least 2 photos/videos and no more than 10 photos/videos',
		expect: '2207028',
	},
	{
		name: 'message contained in a longer sentence',
		input: 'Error validating access token: The session has been invalidated because the user changed their password.',
		expect: 'session-has-been-invalidated',
	},
	{ name: 'the seed key REVOKED_ACCESS_TOKEN', input: 'REVOKED_ACCESS_TOKEN', expect: 'revoked-access-token' },
	{
		name: "LinkedIn's body, where REVOKED_ACCESS_TOKEN comes from",
		input:
			'{"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN","status":401,"message":"The token used in the request has been revoked by the user"}',
		expect: 'revoked-access-token',
	},
	// user messages in the user's language: code and subcode decide
	{
		name: 'Thai error_user_title and error_user_msg',
		input: body({
			message: 'Invalid parameter',
			type: 'OAuthException',
			code: 100,
			error_subcode: 2207028,
			error_user_title: thaiTitle,
			error_user_msg: thaiMsg,
		}),
		expect: '2207028',
	},
	{
		name: 'Kannada user message for the publishing limit',
		input: body({
			message: 'Application request limit reached',
			type: 'OAuthException',
			code: 9,
			error_subcode: 2207042,
			error_user_title: 'ಮಿತಿ ತಲುಪಿದೆ',
			error_user_msg: 'ಕಂಟೆಂಟ್ ಪಬ್ಲಿಷಿಂಗ್ API ಮೂಲಕ ಪ್ರಕಟಿಸಲು ಅನುಮತಿಸಲಾದ ಗರಿಷ್ಠ ಸಂಖ್ಯೆಯ ಪೋಸ್ಟ್‌ಗಳನ್ನು ನೀವು ತಲುಪಿದ್ದೀರಿ.',
		}),
		expect: '2207042',
	},
	{
		name: 'Spanish user message for an expired token',
		input: body({
			message: 'Error validating access token: Session has expired on Tuesday, 05-May-26.',
			type: 'OAuthException',
			code: 190,
			error_subcode: 463,
			error_user_title: 'Sesión caducada',
			error_user_msg: 'Tu sesión ha caducado. Vuelve a iniciar sesión.',
		}),
		expect: '463',
	},
	{
		name: 'Japanese user message with a code-only entry',
		input: body({
			message: 'Temporarily blocked',
			type: 'OAuthException',
			code: 368,
			error_user_title: '一時的にブロックされています',
			error_user_msg: 'この機能は一時的にブロックされています。',
		}),
		expect: '368',
	},
	{
		name: 'Portuguese message only: words in another language are not an answer',
		input: 'O formato do vídeo não é compatível.',
		expect: null,
	},
	// weak or ambiguous: never presented as the answer
	{
		name: 'a few words of a message are a possibility, not an answer',
		input: 'video format not supported',
		expect: null,
	},
	{
		name: 'code 190 with a subcode the reference does not have',
		input: body({ message: 'x', type: 'OAuthException', code: 190, error_subcode: 9999 }),
		expect: null,
	},
	{
		// code 100 with no subcode has its own page, which explains how to read the message
		name: 'code 100 without a subcode: the generic invalid-parameter page',
		input: body({ message: 'Invalid parameter', type: 'OAuthException', code: 100 }),
		expect: '100',
	},
	// hostile input
	{ name: 'empty box', input: '', expect: null, shape: 'empty' },
	{ name: 'only whitespace', input: '  \n\t  ', expect: null, shape: 'empty' },
	{ name: 'a script tag', input: '<script>alert(document.cookie)</script>', expect: null },
	{
		name: 'an HTML error page',
		input:
			'<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>',
		expect: null,
	},
	{
		name: 'markup inside a real body is kept as text and the body still decodes',
		input: body({
			message: '<img src=x onerror=alert(1)><script>alert(2)</script>',
			type: 'OAuthException',
			code: 9007,
			error_subcode: 2207027,
		}),
		expect: '2207027',
	},
	{
		name: 'truncated JSON still decodes from the fields that arrived',
		input:
			'{"error":{"message":"The image size is too large.","type":"OAuthException","code":36000,"error_subcode":22070',
		expect: '2207004',
	},
	{
		// the cut-off subcode is ignored, so what is left is a code-100 body without a subcode
		name: 'truncated JSON whose subcode is cut off: the generic code-100 page',
		input: '{"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2207',
		expect: '100',
	},
	{
		name: 'a code alone at the end of a log line',
		input: '2025-01-01 12:00:01 ERROR [ig-worker] 190',
		expect: '190',
		shape: 'fields',
	},
	{ name: 'a code and subcode pair after "Error"', input: 'Error 190/460', expect: 'session-has-been-invalidated' },
	{ name: 'a pair after a label with a colon', input: 'instagram error: 100 / 33', expect: '33' },
	{ name: 'a log line whose only number is a job id', input: 'ERROR publish job 8812 failed', expect: null },
	{ name: 'a code after a job label with an id', input: 'publish job 8812 failed: 190', expect: '190' },
	{
		// cut after a short word, where another page's text differs by one word
		name: 'a message cut after "a", one word from another page',
		input: 'There have been too many calls to this Instagram account. Wait a',
		expect: '80002',
	},
	{
		name: 'a message cut after three words, one of them a permission name',
		input: 'FacebookApiException: (#200) Requires instagram_manage_comments permission',
		expect: 'requires-instagram-manage-comments',
	},
	{
		// a body pasted into a one-line box: the message before the labelled code is read with it
		name: 'a message and its labelled code on one line',
		input: 'Error message: Tried accessing nonexisting field (foo) on node type (IGUser) Error Code: 100',
		expect: 'tried-accessing-nonexisting-field',
	},
	{
		name: 'a message a terminal wrapped mid-sentence, with a stack frame after it',
		input:
			'FacebookApiException: There have been too many calls\nto this Instagram account. Wait a bit and try again.\n    at Request.handle (client.js:88:13)',
		expect: '80002',
	},
	{
		name: 'a message in capitals that says EXPIRED is not a container status',
		input:
			'ERROR VALIDATING ACCESS TOKEN: SESSION HAS EXPIRED ON FRIDAY, 27-NOV-26 09:00:00 PST. THE CURRENT TIME IS MONDAY, 30-NOV-26 01:00:00 PST.',
		expect: '463',
	},
	{
		name: 'a message that starts mid-sentence, its first word cut, its dates filled in',
		input:
			'ken: Session has expired on Friday, 27-Nov-26 09:00:00 PST. The current time is Monday, 30-Nov-26 01:00:00 PST.',
		expect: '463',
	},
	{ name: 'the last words of a message, too few to tell', input: 'please try again later.', expect: null },
	{
		name: "the .NET SDK's (type - #code) before the message",
		input: 'Facebook.FacebookOAuthException: (OAuthException - #102) Session key invalid or no longer valid',
		expect: '102',
	},
	{
		name: 'a code/subcode pair inside a log line',
		input: 'graph error 100/33: Invalid parameter',
		expect: '33',
	},
	{ name: 'a date after "error" is not a code and subcode', input: 'error 2024/05/01 failed', expect: null },
	{ name: 'invalid JSON', input: '{"error": {message: , code: }}}}', expect: null },
	{ name: 'a megabyte of one letter', input: 'A'.repeat(1 << 20), expect: null },
	{ name: 'a megabyte of open braces', input: '{'.repeat(1 << 20), expect: null },
	{ name: 'a megabyte of open brackets inside an object', input: `{"a":${'['.repeat(1 << 20)}`, expect: null },
	{ name: 'a megabyte of repeated keys with unclosed strings', input: '"message":"'.repeat(100_000), expect: null },
	{
		name: 'binary garbage',
		input: String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65_536)),
		expect: null,
	},
	{ name: 'NUL bytes and control characters', input: '\u0000\u0001\u0002\u001b[31m\u0007\u007f', expect: null },
];

describe('decode: a table of inputs in every shape, against the real content', () => {
	it('names only entries that exist', () => {
		for (const row of table)
			if (row.expect) assert.ok(ids.has(row.expect), `${row.name}: no entry "${row.expect}" in content/errors`);
	});

	for (const row of table) {
		it(`${row.name} → ${row.expect ?? 'no certain match'}`, () => {
			const started = performance.now();
			const result = decode(row.input, entries);
			const elapsed = performance.now() - started;
			assert.equal(answer(result), row.expect ?? undefined, `matches: ${JSON.stringify(result.matches)}`);
			if (row.expect === null) assert.notEqual(result.verdict, 'match');
			if (row.shape) assert.equal(result.shape, row.shape);
			assert.ok(elapsed < 1_000, `took ${elapsed.toFixed(0)} ms`);
		});
	}
});

describe('decode: every entry is reachable from what Meta sends', () => {
	const reached = new Set<string>();
	const foreign = { error_user_title: 'Não foi possível publicar', error_user_msg: 'ไม่สามารถเผยแพร่สื่อนี้ได้' };

	for (const entry of entries) {
		for (const key of entry.graph) {
			if (key.subcode !== undefined) {
				it(`${entry.id}: a body with subcode ${key.subcode}${key.code === undefined ? '' : ` and code ${key.code}`}, user texts not in English`, () => {
					const error = {
						message: 'Invalid parameter',
						type: 'OAuthException',
						...(key.code === undefined ? {} : { code: key.code }),
						error_subcode: key.subcode,
						...foreign,
					};
					const result = decode(body(error), entries);
					assert.equal(answer(result), entry.id, JSON.stringify(result.matches));
					assert.match(result.matches[0]?.reasons[0] ?? '', new RegExp(`^subcode ${key.subcode}`));
					reached.add(entry.id);
				});
			} else if (key.code !== undefined) {
				const code = key.through ?? key.code;
				it(`${entry.id}: a body with code ${code} and no subcode`, () => {
					const result = decode(
						body({ message: 'Something failed', type: entry.type ?? 'OAuthException', code, ...foreign }),
						entries,
					);
					assert.equal(answer(result), entry.id, JSON.stringify(result.matches));
					reached.add(entry.id);
				});
			}
		}
		for (const message of entry.messages) {
			it(`${entry.id}: the ${message.field} text "${message.text.slice(0, 50)}" with placeholders filled`, () => {
				const text = message.text.replace(/\{[^}]*\}/g, 'value 42');
				const result = decode(text, entries);
				assert.equal(answer(result), entry.id, JSON.stringify(result.matches));
				reached.add(entry.id);
			});
		}
	}

	it('reached every entry', () => {
		assert.deepEqual(
			entries.map((e) => e.id).filter((id) => !reached.has(id)),
			[],
		);
	});
});

describe('decode: what it reports', () => {
	it('never answers a paste that shows an area the reference leaves out, and says which', () => {
		const cases: [string, string][] = [
			// a masked ad account id, with a text that names one of our pages exactly
			[
				"Error: 100, Unsupported get request. Object with ID 'act_XXXXXXXX' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
				'ads',
			],
			['SOME_CAMPAIGN_ID: (#2) Service temporarily unavailable', 'ads'],
			[body({ message: '(#131026) Message undeliverable', type: 'OAuthException', code: 131026 }), 'whatsapp'],
			['POST https://graph.threads.net/v1.0/me/threads_publish (#2) Service temporarily unavailable', 'threads'],
			// Instagram's own texts, from calls to a Facebook Page, group or profile
			[
				"POST /v19.0/104857600000000/feed: (#200) The user hasn't authorized the application to perform this action",
				'facebook',
			],
			["$fb->post('/me/feed', $data): (#100) Invalid parameter", 'facebook'],
			['(#200) Requires pages_manage_posts permission to manage the object', 'facebook'],
			['(#200) Requires either publish_to_groups permission and app being installed in the group', 'facebook'],
			// an ads report on one line, the code labelled last
			[
				'Using this account: act_180287646044307 Campaign ID:23842728739020096 Error message: Invalid parameter Error Code: 100',
				'ads',
			],
		];
		for (const [text, topic] of cases) {
			const r = decode(text, entries);
			assert.equal(r.verdict === 'match', false, text);
			assert.equal(r.outside?.topic, topic, text);
		}
		// the nearest page is still offered first
		assert.equal(decode(cases[0]![0], entries).matches[0]?.id, '33');
	});

	it("does not take Meta's Business SDKs, Page webhook fields, Instagram's Page permissions or media URLs for another area", () => {
		for (const text of [
			'facebook_business.exceptions.FacebookRequestError: (#2) Service temporarily unavailable',
			'(#100) Param subscribed_fields[0] must be one of {feed, mention, messages, leadgen}',
			'(#10) Requires pages_read_engagement and pages_show_list permission',
			// the retired Instagram API's feed, and a media URL that happens to hold an id and /photos/
			'GET https://api.instagram.com/v1/users/self/feed?access_token=IGQV… {"meta":{"code":400,"error_type":"APINotAllowedError","error_message":"This endpoint has been retired"}}',
			body({
				message: 'Only photo or video can be accepted as media type.',
				type: 'OAuthException',
				code: 9004,
				error_subcode: 2207052,
				error_user_msg: 'The media could not be fetched from this uri: https://cdn.example.com/123456/photos/a.jpg',
			}),
		])
			assert.equal(decode(text, entries).outside, undefined, text);
	});

	it("does not answer with a code's generic page when the message was cut short of another page's text", () => {
		// the first words of texts that pages keyed by code 10 or 100 and a message own
		const cases: [string, string][] = [
			['OAuthException: (#10) The user is not an', 'user-is-not-an-instagram-business'],
			['{"error":{"message":"(#100) Failed to fetch the', '2018008'],
		];
		for (const [text, first] of cases) {
			const r = decode(text, entries);
			assert.equal(r.verdict, 'possible', text);
			assert.equal(r.matches[0]?.id, first, text);
		}
		// a code whose page is not a generic one keeps it (551 is named by the code alone)
		assert.equal(answer(decode("(#551) This person isn't available", entries)), '551');
		// a whole sentence was not cut: Meta sends "Unsupported post request." alone
		assert.equal(answer(decode('OAuthException (code 100): Unsupported post request.', entries)), '100');
	});

	it('ranks a known wording of a message-keyed error above the generic page of the code it arrives with', () => {
		const r = decode(
			body({
				message: "The 'manage_pages' permission must be granted before impersonating a user's page.",
				type: 'OAuthException',
				code: 190,
			}),
			entries,
		);
		assert.equal(answer(r), 'impersonating-a-users-page');
	});

	it("answers a tool's wording cut short as it answers Meta's, below the same wording whole", () => {
		// the first words of one alias alone: the page, with the alias named in the reason
		const cut = decode('Timeout downloading media, please', entries);
		assert.equal(answer(cut), '2207003');
		assert.equal(cut.matches[0]?.by, 'alias');
		assert.match(cut.matches[0]?.reasons[0] ?? '', /begins like a known wording of this error \(seen in /);
		const whole = decode('Timeout downloading media, please try again', entries);
		assert.ok((whole.matches[0]?.score ?? 0) > (cut.matches[0]?.score ?? 0));
		// a cut alias does not hide Meta's own text further on in the paste
		assert.equal(
			answer(
				decode(
					'token refresh failed: GET https://graph.instagram.com/refresh_access_token -> 400 Unsupported request - method type: get [code=100, type=IGApiException]',
					entries,
				),
			),
			'unsupported-request-method-type',
		);
	});

	it('takes five short words as the start of a text only when one of them is rare among the texts', () => {
		assert.equal(
			answer(decode('{"error_type":"OAuthException","code":400,"error_message":"Redirect URI does not match', entries)),
			'error-validating-verification-code',
		);
		// five words every other message has say nothing
		assert.notEqual(decode('The user is not an', entries).verdict, 'match');
	});

	it('puts the text that fits best first when a message nearly fits two pages, cut or not', () => {
		// a field name where one page has its own literal name, cut inside the sentence
		const field = decode(
			"InstagramAPIException('Error: 100, (#100) Tried accessing nonexisting field (accounts) on node ty",
			entries,
		);
		assert.equal(answer(field), 'tried-accessing-nonexisting-field');
		// "Page" against "Instagram": the cut text of one page beats the near text of the other
		const page = decode('There have been too many calls to this Page account. Wait a bit and tr', entries);
		assert.equal(answer(page), '80001');
		// a Go struct leaves the other fields in the message: the page whose text is there word for word wins
		const go = decode(
			'&{Message:(#100) Tried accessing nonexisting field (media) on node type (Page) Type:OAuthException Code:100 ErrorSubcode:0}',
			entries,
		);
		assert.equal(answer(go), 'tried-accessing-nonexisting-field');
	});

	it('extracts every field of a full body', () => {
		const { fields, shape } = extract(
			'{"error":{"message":"The image size is too large.","type":"OAuthException","code":36000,"error_subcode":2207004,"is_transient":false,"error_user_title":"Image size too large","error_user_msg":"The image is too large.","fbtrace_id":"A6LJylpZRKw2xKLFsAP-cJh"}}',
		);
		assert.equal(shape, 'error-body');
		const { text, ...read } = fields;
		assert.ok(text?.includes('2207004'));
		assert.deepEqual(read, {
			code: 36000,
			subcode: 2207004,
			type: 'OAuthException',
			message: 'The image size is too large.',
			error_user_title: 'Image size too large',
			error_user_msg: 'The image is too large.',
			fbtrace_id: 'A6LJylpZRKw2xKLFsAP-cJh',
			is_transient: false,
		});
	});

	it('reads the code from the (#code) prefix and the subcode from the status text', () => {
		assert.equal(extract('(#9007) Media ID is not available').fields.code, 9007);
		const { text: _, ...status } = extract('status: Error: Media upload has failed with error code 2207077').fields;
		assert.deepEqual(status, {
			status: 'Media upload has failed with error code 2207077',
			subcode: 2207077,
		});
	});

	it('gives the reasons a person can check', () => {
		const r = decode(
			body({
				message:
					'Error validating access token: The session has been invalidated because the user changed their password.',
				code: 190,
				error_subcode: 460,
			}),
			entries,
		);
		assert.deepEqual(r.matches[0]?.reasons, [
			'subcode 460 with code 190 in your text',
			"message contains 'session has been invalidated'",
		]);
		const status = decode('Error: Media upload has failed with error code 2207026', entries);
		assert.equal(status.matches[0]?.reasons[0], 'subcode 2207026 in your text');
	});

	it('keeps a weak word match as a possibility under "no certain match"', () => {
		const r = decode('video format not supported', entries);
		assert.equal(r.verdict, 'possible');
		assert.ok(r.matches.length > 0 && r.matches.every((m) => m.strength === 'possible'));
		assert.ok(r.matches.some((m) => m.id === '2207026'));
	});

	it('cuts long input and says so', () => {
		const long = `${body({ message: 'Media ID is not available', code: 9007, error_subcode: 2207027 })}\n${'x'.repeat(2 * MAX_INPUT_CHARS)}`;
		const r = decode(long, entries);
		assert.equal(r.truncated, true);
		assert.equal(r.length, long.length);
		assert.equal(answer(r), '2207027');
		assert.equal(decode('2207027', entries).truncated, false);
	});

	it('never sets properties on Object.prototype from "__proto__" keys', () => {
		decode(
			'{"__proto__": {"polluted": "yes"}, "error": {"code": 1, "constructor": {"prototype": {"polluted": "yes"}}}}',
			entries,
		);
		decode("{'__proto__': {'polluted': 'yes'}}", entries);
		assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
		assert.equal(extract("{'error': {'code': 1, 'type': constructor}}").fields.type, 'constructor');
	});

	it("says what was read once, with Meta's field names, for every page", () => {
		const { fields } = decode(
			'HTTP 400 from graph.facebook.com: {"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2207040,"fbtrace_id":"AbC","is_transient":false}}',
			entries,
		);
		const found = readFields(fields);
		assert.deepEqual(
			found.map((f) => [f.label, f.value]),
			[
				['code', '100'],
				['error_subcode', '2207040'],
				['type', 'OAuthException'],
				['HTTP status', '400'],
				['host', 'graph.facebook.com'],
				['message', 'Invalid parameter'],
			],
		);
		// The full table adds what was looked for and not found, and the request details.
		const table = readFields(fields, { table: true });
		assert.deepEqual(
			table.filter((f) => !found.some((g) => g.key === f.key)).map((f) => [f.label, f.value]),
			[
				['error_user_title', undefined],
				['error_user_msg', undefined],
				['fbtrace_id', 'AbC'],
				['is_transient', 'false'],
			],
		);
	});

	it('reads a bare number as a code or subcode, a named code as the code, and a status text', () => {
		const shown = (fields: ExtractedFields) => readFields(fields).map((f) => `${f.label}=${f.value}`);
		const read = (text: string) => shown(decode(text, entries).fields);
		assert.deepEqual(read('2207026'), ['code or subcode=2207026']);
		assert.deepEqual(shown({ code_name: 'REVOKED_ACCESS_TOKEN' }), ['code=REVOKED_ACCESS_TOKEN']);
		assert.deepEqual(read('Error: Media upload has failed with error code 2207026'), [
			'error_subcode=2207026',
			'container status=Media upload has failed with error code 2207026',
		]);
		assert.deepEqual(shown({}), []);
	});

	it('reads a JSON viewer copy whose field names run into their values', () => {
		const { fields } = extract('error_typeOAuthException\ncode190\nerror_messageError validating access token');
		assert.equal(fields.type, 'OAuthException');
		assert.equal(fields.code, 190);
		assert.equal(fields.message, 'Error validating access token');
		// one such line is ordinary prose, not a copy
		assert.equal(extract('messageQueue failed').fields.code, undefined);
	});

	it("reads the end of the message from a body whose start was cut off, and finds the message's page", () => {
		const cut = 'accessing nonexisting field (media) on node type (Page)","type":"OAuthException","code":100}}';
		assert.equal(extract(cut).fields.message, 'accessing nonexisting field (media) on node type (Page)');
		assert.equal(answer(decode(cut, entries)), 'tried-accessing-nonexisting-field');
		// escaped, as a log prints the body
		assert.equal(
			extract('on node type (Page)\\",\\"type\\":\\"OAuthException\\"').fields.message,
			'on node type (Page)',
		);
		// a message key that is still there is the message
		assert.equal(
			extract(
				'AwKp Pq","is_transient":false,"message":"The requested resource does not exist","type":"OAuthException"}}',
			).fields.message,
			'The requested resource does not exist',
		);
	});

	it('does not settle on a code page when the subcode is one the reference does not know', () => {
		// code 100 has pages per subcode: an unknown one is some other error, so 100 is only a lead
		const unknown = decode(body({ message: 'Invalid parameter', code: 100, error_subcode: 1234567 }), entries);
		assert.equal(unknown.verdict, 'possible');
		assert.equal(unknown.matches[0]?.id, '100');
		assert.equal(answer(decode(body({ message: 'Invalid parameter', code: 100 }), entries)), '100');
		// code 17 keys no subcode: whatever subcode comes with it, its page is the answer
		const limit = body({ message: '(#17) User request limit reached', code: 17, error_subcode: 2446079 });
		assert.equal(answer(decode(limit, entries)), '17');
	});

	it('does not throw on values that are not strings', () => {
		assert.equal(decode(undefined as unknown as string, entries).verdict, 'empty');
		assert.equal(decode(42 as unknown as string, entries).verdict, 'empty');
	});
});

describe('sharing and searching', () => {
	it('round-trips any text through the URL fragment', () => {
		for (const text of [
			'{"error":{"code":190,"error_subcode":463}}',
			'a # b % c & d ? e',
			'ไม่สามารถ 🙂 <script>',
			'',
		]) {
			assert.equal(fromFragment(toFragment(text)), text);
		}
	});

	it('reads a malformed fragment as text instead of failing', () => {
		assert.equal(fromFragment('#%E0%A4%A'), '%E0%A4%A');
		assert.equal(fromFragment('2207026'), '2207026');
	});

	it('removes access tokens from shared text', () => {
		const shared = shareableText(
			'GET /v21.0/me/media?access_token=EAAGm0PX4ZCpsBAKZAZBZCZA1234567890abcdef&fields=id Authorization: Bearer IGQVJWZAFZABc1234567890abcdefghijkl {"access_token": "abcdefghijklmnop"}',
		);
		assert.doesNotMatch(shared, /EAAGm0PX4|IGQVJWZAFZABc|abcdefghijklmnop/);
		assert.match(shared, /access_token=\[removed\]&fields=id/);
		assert.equal(shareableText('{"error":{"code":190}}'), '{"error":{"code":190}}');
	});

	it('searches by the subcode, else the code, else the message', () => {
		assert.equal(searchTerm({ code: 100, subcode: 2207099 }), '2207099');
		assert.equal(searchTerm({ code: 100 }), '100');
		assert.equal(searchTerm({ message: '(#10) Something new' }), 'Something new');
		assert.equal(searchTerm({}), '');
	});
});
