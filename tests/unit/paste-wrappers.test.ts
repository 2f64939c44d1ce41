/**
 * A paste reaches the same page whatever it went through on its way to the box. Every development
 * paste the decoder answers right as written is sent again as a chat, a forum, an email, a terminal
 * or a web page would hand it over (curly quotes, HTML entities, a Markdown fence, `> ` quote marks,
 * a logged string, non-breaking spaces, a URL-encoded body, lines wrapped mid-sentence, a logger's
 * prefix), or as SDKs and loggers of other languages print Meta's error object, and must still get
 * the same page with confidence. One test per way, each looping over every paste.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import { loadPastes } from '../fixtures/pastes/corpus.ts';
import { afterLoggerPrefix, wrapLines } from '../fixtures/pastes/reshape.ts';
import { buildExport } from '../../src/lib/error-export.ts';
import { errorPath } from '../../src/lib/paths.ts';
import { decode } from '../../src/lib/decode.ts';

const entries = buildExport(readErrors(), errorPath).errors;
const answer = (text: string) => {
	const r = decode(text, entries);
	return r.verdict === 'match' ? r.matches[0]?.id : undefined;
};
const pastes = (await loadPastes('dev')).filter((p) => p.expect !== null && answer(p.text) === p.expect);

const WAYS: Record<string, (text: string) => string> = {
	'curly quotes (a word processor or a forum)': (t) => t.replace(/"([^"\n]*)"/g, '“$1”').replace(/'/g, '’'),
	'HTML entities (copied from a page or an escaping logger)': (t) =>
		t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;'),
	'a Markdown code fence': (t) => `\`\`\`json\n${t}\n\`\`\``,
	'"> " quote marks (an email or a GitHub reply)': (t) =>
		t
			.split('\n')
			.map((line) => `> ${line}`)
			.join('\n'),
	'a logged string': (t) => JSON.stringify(t),
	'a string logged twice': (t) => JSON.stringify(JSON.stringify(t)),
	'non-breaking spaces': (t) => t.replace(/ /g, '\u00a0'),
	'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
	'a terminal that wraps long lines': wrapLines,
	"a logger's timestamp, level and job before it": afterLoggerPrefix,
};

/** Meta's error object, from every development paste that is one whole JSON body. */
interface GraphError {
	message?: string;
	type?: string;
	code?: number;
	error_subcode?: number;
	fbtrace_id?: string;
}
const bodies = pastes.flatMap((p) => {
	try {
		const error = (JSON.parse(p.text) as { error?: GraphError }).error;
		return error && (error.message !== undefined || error.code !== undefined) ? [{ expect: p.expect, error }] : [];
	} catch {
		return [];
	}
});

/** The same error object as SDKs and loggers of other languages print it. */
const PRINTOUTS: Record<string, (e: GraphError) => string> = {
	"Go's %+v": (e) =>
		`&{Message:${e.message ?? ''} Type:${e.type ?? ''} Code:${e.code ?? 0} ErrorSubcode:${e.error_subcode ?? 0} FBTraceID:${e.fbtrace_id ?? ''}}`,
	"a Java object's toString()": (e) =>
		`FacebookGraphError{code=${e.code}, subcode=${e.error_subcode ?? 'null'}, type='${e.type ?? ''}', message='${e.message ?? ''}'}`,
	"Ruby's inspect": (e) =>
		`#<Koala::Facebook::ClientError: type: ${e.type}, code: ${e.code}, error_subcode: ${e.error_subcode ?? ''}, message: ${e.message}, x-fb-trace-id: ${e.fbtrace_id ?? ''} [HTTP 400]>`,
	'an Elixir map': (e) =>
		`%{"error" => %{"code" => ${e.code}, "error_subcode" => ${e.error_subcode ?? 'nil'}, "message" => "${e.message ?? ''}", "type" => "${e.type ?? ''}"}}`,
	"PHP's print_r": (e) =>
		`Array\n(\n    [error] => Array\n        (\n            [message] => ${e.message}\n            [type] => ${e.type}\n            [code] => ${e.code}\n${e.error_subcode ? `            [error_subcode] => ${e.error_subcode}\n` : ''}        )\n\n)`,
	"PHP's var_dump": (e) => {
		const str = (k: string, v: string | undefined) =>
			v === undefined ? '' : `    ["${k}"]=>\n    string(${Buffer.byteLength(v)}) "${v}"\n`;
		const int = (k: string, v: number | undefined) => (v === undefined ? '' : `    ["${k}"]=>\n    int(${v})\n`);
		return `object(stdClass)#1 (1) {\n  ["error"]=>\n  object(stdClass)#2 (4) {\n${str('message', e.message)}${str('type', e.type)}${int('code', e.code)}${int('error_subcode', e.error_subcode)}  }\n}`;
	},
	'a logfmt line': (e) =>
		`level=error msg="instagram call failed" code=${e.code}${e.error_subcode ? ` subcode=${e.error_subcode}` : ''} type=${e.type} message="${e.message}"`,
	'a Markdown table of fields': (e) =>
		`| field | value |\n|---|---|\n| message | ${e.message} |\n| type | ${e.type} |\n| code | ${e.code} |\n${e.error_subcode ? `| error_subcode | ${e.error_subcode} |\n` : ''}`,
};

describe('a paste that went through a chat, a forum, an email or a web page', () => {
	it(`has at least 400 development pastes to send (now ${pastes.length})`, () => {
		assert.ok(pastes.length >= 400);
	});
	for (const [way, wrap] of Object.entries(WAYS)) {
		it(`gets the same page through ${way}`, () => {
			const lost = pastes.filter((p) => answer(wrap(p.text)) !== p.expect);
			assert.deepEqual(
				lost.map((p) => `${p.expect}: ${wrap(p.text).slice(0, 80)}`),
				[],
			);
		});
	}
	it('gets the same page from a URL-encoded body (a redirect or a query string)', () => {
		const bodies = pastes.filter((p) => /^\s*\{/.test(p.text));
		assert.ok(bodies.length >= 50);
		const lost = bodies.filter((p) => answer(encodeURIComponent(p.text)) !== p.expect);
		assert.deepEqual(
			lost.map((p) => `${p.expect}: ${p.text.slice(0, 80)}`),
			[],
		);
	});
	it(`has at least 100 whole error bodies to print (now ${bodies.length})`, () => {
		assert.ok(bodies.length >= 100);
	});
	for (const [way, print] of Object.entries(PRINTOUTS)) {
		it(`gets the same page from the error printed as ${way}`, () => {
			// A message with a quote of the printout's own kind in it would break that printout, not the reader.
			const lost = bodies
				.filter((b) => !/'/.test(b.error.message ?? ''))
				.filter((b) => answer(print(b.error)) !== b.expect);
			assert.deepEqual(
				lost.map((b) => `${b.expect}: ${print(b.error).slice(0, 80)}`),
				[],
			);
		});
	}
	it('reads nothing into markup an entity stood for', () => {
		const r = decode('&lt;img src=x onerror=alert(1)&gt; (#190) Invalid OAuth access token.', entries);
		assert.equal(r.matches[0]?.id, '190');
		assert.ok(!/<|>/.test(r.fields.message ?? ''), r.fields.message);
	});
});
