import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorSchema } from '../../src/lib/error-schema.ts';
import { faqSchema } from '../../src/lib/faq-schema.ts';
import { entryWith, entryWithout, validEntry } from '../fixtures/entries.ts';

/** The dotted paths of every issue the schema reports for `input`. */
function issuePaths(input: unknown): string[] {
	const result = errorSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('error schema', () => {
	it('accepts a complete entry and fills defaults', () => {
		const data = errorSchema.parse(validEntry);
		assert.deepEqual(data.caveats, []);
		assert.ok(data.updated instanceof Date);
	});

	for (const field of [
		'code',
		'title',
		'description',
		'category',
		'stage',
		'action',
		'retry',
		'retryWhen',
		'dont',
		'customerMessage',
		'collect',
		'sources',
		'updated',
	] as const) {
		it(`names the missing required field "${field}"`, () => {
			assert.deepEqual(issuePaths(entryWithout(field)), [field]);
		});
	}

	it('rejects ids outside the taxonomy, naming the field', () => {
		assert.deepEqual(issuePaths(entryWith({ category: 'media-formats' })), ['category']);
		assert.deepEqual(issuePaths(entryWith({ stage: 'upload' })), ['stage']);
		assert.deepEqual(issuePaths(entryWith({ action: 'retry' })), ['action']);
		assert.deepEqual(issuePaths(entryWith({ retry: 'sometimes' })), ['retry']);
		assert.deepEqual(issuePaths(entryWith({ sources: [{ source: 'blog', facts: 'x' }] })), ['sources.0.source']);
	});

	it('rejects unknown fields, so a typo cannot pass silently', () => {
		const result = errorSchema.safeParse(entryWith({ categroy: 'content' }));
		assert.equal(result.success, false);
	});

	it('requires a code pair or a message text', () => {
		assert.deepEqual(issuePaths(entryWith({ graph: [], messages: [] })), ['graph']);
	});

	it('checks graph keys: a code or subcode, and a range that ends after it starts', () => {
		assert.deepEqual(issuePaths(entryWith({ graph: [{}] })), ['graph.0.code']);
		assert.deepEqual(issuePaths(entryWith({ graph: [{ code: 299, through: 200 }] })), ['graph.0.through']);
		assert.deepEqual(issuePaths(entryWith({ graph: [{ subcode: 2207076 }] })), []);
	});

	it('ties wait-for-reset to the after-reset retry class', () => {
		assert.deepEqual(issuePaths(entryWith({ action: 'wait-for-reset', retry: 'retry-with-backoff' })), ['retry']);
	});

	it('needs a Meta source unless the entry is flagged unverified or undocumented', () => {
		const seedOnly = { sources: [{ source: 'seed', facts: 'all of it' }] };
		assert.deepEqual(issuePaths(entryWith(seedOnly)), ['sources']);
		assert.deepEqual(
			issuePaths(
				entryWith({
					...seedOnly,
					caveats: [{ kind: 'uncertain', text: 'No Meta page documents this.', sources: ['seed'] }],
				}),
			),
			[],
		);
	});

	it('checks description length for search snippets', () => {
		assert.deepEqual(issuePaths(entryWith({ description: 'Too short.' })), ['description']);
		assert.deepEqual(issuePaths(entryWith({ description: 'x'.repeat(201) })), ['description']);
	});
});

describe('faq schema', () => {
	const valid = {
		question: 'Should users reconnect for every failed post?',
		short: 'No. Reconnect only when the token, its permissions or the login behind it fail.',
		order: 1,
		sources: ['meta-graph-errors'],
		updated: '2026-11-27',
	};
	it('accepts a complete entry', () => assert.equal(faqSchema.safeParse(valid).success, true));
	it('wants a question mark at the end of the question', () => {
		const result = faqSchema.safeParse({ ...valid, question: 'Reconnecting for every failed post' });
		assert.equal(result.success, false);
		assert.deepEqual(
			result.error?.issues.map((i) => i.path.join('.')),
			['question'],
		);
	});
});
