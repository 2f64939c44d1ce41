/**
 * Search's first answer for every code the reference holds, over the built /errors.json: the same
 * steps the search box runs before full text (the query cleaned up, decoded, merged into hits).
 * The browser tests type a few of these into the real dialog; this covers all of them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../src/lib/decode.ts';
import { mergeResults } from '../../src/lib/search/merge.ts';
import { decoderQuery, pagefindTerms } from '../../src/lib/search/query.ts';
import { errors } from '../fixtures/content.ts';
import { codeQueries } from '../fixtures/code-queries.ts';
import { builtBase, builtExport } from '../fixtures/built-site.ts';

const exported = builtExport();
const records = new Map(exported.errors.map((e) => [e.id, e]));
const labels = new Map(exported.taxonomy.actions.map((a) => [a.id, a.label]));

function firstHit(query: string) {
	const decoded = decode(decoderQuery(query), exported.errors);
	return {
		url: mergeResults(decoded.matches, [], records, labels)[0]?.url,
		fullText: pagefindTerms(query, decoded),
	};
}

describe('search over the built data', () => {
	it('puts the owning page first for every bare code, subcode and code/subcode pair, without full text', () => {
		let checked = 0;
		for (const entry of errors) {
			for (const query of codeQueries(entry.data)) {
				const { url, fullText } = firstHit(query);
				assert.equal(url, `${builtBase()}errors/${entry.id}/`, `query "${query}"`);
				assert.deepEqual(fullText, [], `query "${query}" is answered from the data alone`);
				checked++;
			}
		}
		assert.ok(checked > errors.length / 2, `only ${checked} code queries`);
	});
});
