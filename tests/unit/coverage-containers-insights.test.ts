/**
 * The container-status, Page-throttle, API-session and insights pastes through the current
 * decoder, against the real content: each must come out with its entry as the answer. Pastes
 * the decoder cannot place yet carry a `todo` reason and are reported as todo, not skipped
 * silently, so they turn into failures to fix once the decoder learns the shape.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../../scripts/lib/content-files.ts';
import { decode } from '../../src/lib/decode.ts';
import { buildExport } from '../../src/lib/error-export.ts';
import { errorPath } from '../../src/lib/paths.ts';
import { PASTES } from '../fixtures/pastes/coverage-containers-insights.ts';

const entries = buildExport(readErrors(), errorPath).errors;
const ids = new Set(entries.map((e) => e.id));

describe('container and insights pastes', () => {
	it('expect only entries that exist', () => {
		for (const paste of PASTES) if (paste.expect !== null) assert.ok(ids.has(paste.expect), paste.expect);
	});

	it('give each expected entry a raw body or code, a wrapped or logged form, and the text alone', () => {
		const byEntry = new Map<string, Set<string>>();
		for (const paste of PASTES) {
			if (paste.expect === null) continue;
			const kinds = byEntry.get(paste.expect) ?? new Set<string>();
			kinds.add(paste.shape === 'bare-code' || paste.shape === 'graph-json' ? 'raw' : paste.shape === 'message' ? 'text' : 'wrapped');
			byEntry.set(paste.expect, kinds);
		}
		for (const [id, kinds] of byEntry) {
			assert.ok(kinds.has('raw') && kinds.has('wrapped'), `${id} lacks a raw or wrapped paste`);
			if (id !== '102') assert.ok(kinds.has('text'), `${id} lacks the text alone`);
		}
	});

	for (const paste of PASTES) {
		const name = `${paste.shape}: ${paste.text.slice(0, 70)} → ${paste.expect}`;
		it(name, { todo: paste.todo }, () => {
			const result = decode(paste.text, entries);
			const top = result.matches[0];
			assert.equal(top?.id, paste.expect, JSON.stringify(result.matches.slice(0, 3)));
			assert.equal(result.verdict, 'match', `only a possibility: ${JSON.stringify(top)}`);
		});
	}
});
