import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, escapeHtml, listJoin, normalizeText } from '../../src/lib/text.ts';

describe('text', () => {
	it('normalises case, quotes, width and spacing', () => {
		assert.equal(normalizeText('  The User\u2019s  \u201cMEDIA\u201d\n\tID  '), 'the user\'s "media" id');
		assert.equal(normalizeText('\uff12\uff12\uff10\uff17\uff10\uff12\uff16'), '2207026', 'full-width digits');
	});
	it('decodes named and numeric entities, and leaves unknown ones', () => {
		assert.equal(
			decodeEntities('Can&#39;t &amp; won&#x27;t &lt;b&gt; &quot;x&quot; &bogus;'),
			`Can't & won't <b> "x" &bogus;`,
		);
	});
	it('round-trips through escape and decode', () => {
		const text = `<script>alert("x")</script> & 'quotes'`;
		assert.ok(!/[<>"']/.test(escapeHtml(text)));
		assert.equal(decodeEntities(escapeHtml(text)), text);
	});

	it('joins a list for a sentence, with no space before its commas', () => {
		assert.equal(listJoin([]), '');
		assert.equal(listJoin(['a']), 'a');
		assert.equal(listJoin(['<code>a</code>', '<code>b</code>'], 'or'), '<code>a</code> or <code>b</code>');
		assert.equal(listJoin(['a', 'b', 'c']), 'a, b and c');
	});
});
