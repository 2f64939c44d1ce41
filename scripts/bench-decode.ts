/**
 * Decoder figures: how long `decode()` takes on each kind of input, against the real content,
 * and how big the export it reads is. Prints numbers; asserts nothing.
 * Run: node --experimental-strip-types scripts/bench-decode.ts
 */
import { gzipSync } from 'node:zlib';
import { decode } from '../src/lib/decode.ts';
import { buildExport } from '../src/lib/error-export.ts';
import { errorPath } from '../src/lib/paths.ts';
import { loadContent } from '../src/lib/content.ts';

const exported = buildExport(loadContent().errors, errorPath);
const entries = exported.errors;
const json = JSON.stringify(exported);
const body = JSON.stringify({
	error: {
		message: 'Media ID is not available',
		type: 'OAuthException',
		code: 9007,
		error_subcode: 2207027,
		fbtrace_id: 'A',
	},
});

const inputs: [string, string][] = [
	['error body', body],
	['log line with JSON', `2026-05-01 ERROR publish failed ${body} attempt=2`],
	[
		'Python repr',
		"{'error': {'message': 'Invalid parameter', 'code': 100, 'error_subcode': 2207028, 'is_transient': False}}",
	],
	['container status', 'Error: Media upload has failed with error code 2207026'],
	['SDK wrapper (Axios)', `AxiosError: Request failed with status code 400 response: { status: 400, data: ${body} }`],
	['body cut mid-string', body.slice(0, 90)],
	['escaped body in a log', `2026-11-30 ERROR body="${body.replace(/"/g, '\\"')}"`],
	['WWW-Authenticate', 'OAuth "Facebook Platform" "invalid_request" "(#4) Application request limit reached'],
	['Instagram Login shape', '{"error_type": "OAuthException", "code": 400, "error_message": "Invalid platform app"}'],
	['template in a log line', '2026-11-30 ERROR [worker] The media with 17920000000000001 cannot be found job=7'],
	['bare subcode', '2207052'],
	['message sentence', 'The media builder with creation id = 1789 does not exist or has been expired.'],
	['weak words', 'video format not supported'],
	['1 MB of text', 'x'.repeat(1 << 20)],
	['1 MB of braces', '{'.repeat(1 << 20)],
	['1 MB of escaped quotes', '\\"'.repeat(1 << 19)],
	['1 MB of "message": keys', '"message": "'.repeat((1 << 20) / 12)],
	['binary garbage (64 KB)', String.fromCharCode(...Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 65_536))],
];

console.log(
	`/errors.json: ${entries.length} entries, ${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
decode(body, entries); // build the message index once, as the page does on first use
for (const [name, text] of inputs) {
	const runs = 20;
	const started = performance.now();
	let verdict = '';
	for (let i = 0; i < runs; i++) verdict = decode(text, entries).verdict;
	const ms = (performance.now() - started) / runs;
	console.log(`${name.padEnd(24)} ${ms.toFixed(2).padStart(7)} ms  ${verdict}`);
}
