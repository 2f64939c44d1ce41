/** How an entry is keyed (entry-key.ts) and the comparable form of message texts (text.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryKey, graphKeyLabel, keyPhrase } from '../../src/lib/entry-key.ts';
import { normalizeMessage } from '../../src/lib/text.ts';

const message = (text: string, code?: number) =>
	code === undefined
		? { text, field: 'message' as const, source: 'meta-graph-errors' as const }
		: { text, field: 'message' as const, source: 'meta-graph-errors' as const, code };

describe('entry keys', () => {
	it('keys by subcode, then code, then message with its code, then message alone', () => {
		assert.deepEqual(entryKey({ graph: [{ code: 352, subcode: 2207026 }], messages: [message('x')] }), {
			kind: 'subcode',
			code: 352,
			subcode: 2207026,
		});
		assert.deepEqual(entryKey({ graph: [{ code: 200, through: 299 }], messages: [] }), {
			kind: 'code',
			code: 200,
			through: 299,
		});
		assert.deepEqual(entryKey({ graph: [], messages: [message('Tried accessing nonexisting field', 100)] }), {
			kind: 'code-message',
			code: 100,
			message: 'Tried accessing nonexisting field',
		});
		assert.deepEqual(entryKey({ graph: [], messages: [message('EXPIRED')] }), { kind: 'message', message: 'EXPIRED' });
	});

	it('says how Meta reports each kind', () => {
		assert.equal(keyPhrase({ graph: [{ code: 352, subcode: 2207026 }], messages: [] }), 'code / subcode 352 / 2207026');
		assert.equal(keyPhrase({ graph: [], messages: [message('a', 100)] }), 'code 100, told apart by the message');
		assert.equal(keyPhrase({ graph: [], messages: [message('a')] }), 'a message sent without a Graph code');
	});

	it('labels code pairs', () => {
		assert.equal(graphKeyLabel({ code: 352, subcode: 2207026 }), '352 / 2207026');
		assert.equal(graphKeyLabel({ code: 200, through: 299 }), '200-299');
		assert.equal(graphKeyLabel({ subcode: 2207076 }), 'subcode 2207076');
		assert.equal(graphKeyLabel({ code: -2 }), '-2');
	});

	it('compares message texts without the (#code) prefix, case, spacing or trailing punctuation', () => {
		assert.equal(
			normalizeMessage('(#10) Requires   instagram_content_publish permission.'),
			'requires instagram_content_publish permission',
		);
	});
});
