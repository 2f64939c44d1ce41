/**
 * The container-status, Page-throttle, API-session and insights entries: each has a raw, a
 * wrapped and a plain paste in the corpus (the corpus test decodes them), and what a visitor types
 * into search for each (its code, subcode or Meta's text) answers with that entry first, as the
 * search box's decoder step does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import { buildExport } from '../../src/lib/error-export.ts';
import { errorPath } from '../../src/lib/paths.ts';
import { decode } from '../../src/lib/decode.ts';
import { decoderQuery } from '../../src/lib/search/query.ts';
import { PASTES } from '../fixtures/pastes/coverage-containers-insights.ts';

const files = readErrors();
const entries = buildExport(files, errorPath).errors;
const ids = new Set(entries.map((e) => e.id));

/** What a visitor types into search for each new entry: its code, subcode and Meta's texts. */
const SEARCHES: Record<string, string[]> = {
	'container-status-expired': ['EXPIRED', 'status_code EXPIRED'],
	'container-status-in-progress': ['IN_PROGRESS', 'status_code IN_PROGRESS'],
	'80001': ['80001', '(#80001)', 'There have been too many calls to this Page account. Wait a bit and try again.'],
	'102': ['102', 'error code 102'],
	'2108006': ['2108006', 'subcode 2108006', 'Media posted before business account conversion'],
	'metric-must-be-one-of-the-following-values': ['metric must be one of the following values'],
	'impressions-metric-no-longer-supported': ['impressions metric is no longer supported'],
	'metric-not-supported-for-media-product-type': ['does not support the metric for this media product type'],
	'not-enough-viewers-for-the-media-to-show-insights': ['(#10) Not enough viewers for the media to show insights'],
};

describe('container and insights pastes', () => {
	it('expect only entries that exist', () => {
		for (const paste of PASTES) if (paste.expect !== null) assert.ok(ids.has(paste.expect), paste.expect);
	});

	it('give each expected entry a raw body or code, a wrapped or logged form, and the text alone', () => {
		const byEntry = new Map<string, Set<string>>();
		for (const paste of PASTES) {
			if (paste.expect === null) continue;
			const kinds = byEntry.get(paste.expect) ?? new Set<string>();
			kinds.add(
				paste.shape === 'bare-code' || paste.shape === 'graph-json'
					? 'raw'
					: paste.shape === 'message'
						? 'text'
						: 'wrapped',
			);
			byEntry.set(paste.expect, kinds);
		}
		for (const [id, kinds] of byEntry) {
			assert.ok(kinds.has('raw') && kinds.has('wrapped'), `${id} lacks a raw or wrapped paste`);
			if (id !== '102') assert.ok(kinds.has('text'), `${id} lacks the text alone`);
		}
	});

	for (const [id, queries] of Object.entries(SEARCHES)) {
		it(`search: ${queries.join(' | ')} → ${id} first`, () => {
			for (const query of queries) {
				assert.equal(decode(decoderQuery(query), entries).matches[0]?.id, id, query);
			}
		});
	}
});
