import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorSchema } from '../../src/lib/error-schema.ts';
import { formatProblem, validate, type EntryForCheck } from '../../src/lib/validate.ts';
import { entryWith } from '../fixtures/entries.ts';

function entry(id: string, changes: Record<string, unknown> = {}): EntryForCheck {
	return {
		id,
		file: `content/errors/${id}.mdx`,
		data: errorSchema.parse(
			entryWith({
				code: id,
				graph: [],
				messages: [{ text: `text of ${id}`, field: 'message', source: 'seed' }],
				...changes,
			}),
		),
	};
}
const messages = (entries: EntryForCheck[], faq: { file: string; data: { related: string[] } }[] = []) =>
	validate(entries, faq).map(formatProblem);

describe('validate', () => {
	it('finds nothing wrong with distinct entries that link to each other', () => {
		assert.deepEqual(messages([entry('a', { related: ['b'] }), entry('b', { related: ['a'] })]), []);
	});

	it('reports a duplicate code, naming the file and the field', () => {
		assert.deepEqual(messages([entry('a'), entry('b', { code: 'A', messages: [], graph: [{ code: 1 }] })]), [
			'content/errors/b.mdx: code "A" is already the code of content/errors/a.mdx',
		]);
	});

	it('reports a related id that does not exist, and one that points at itself', () => {
		assert.deepEqual(messages([entry('a', { related: ['zzz', 'a'] })]), [
			'content/errors/a.mdx: related[0] "zzz" is not a known error',
			'content/errors/a.mdx: related[1] "a" points at the entry itself',
		]);
	});

	it('reports two entries claiming the same subcode, whatever the code', () => {
		const problems = messages([
			entry('a', { graph: [{ code: 36001, subcode: 2207005 }] }),
			entry('b', { graph: [{ code: 1, subcode: 2207005 }] }),
		]);
		assert.deepEqual(problems, [
			'content/errors/b.mdx: graph[0] 1 / 2207005 is already claimed by content/errors/a.mdx (36001 / 2207005)',
		]);
	});

	it('lets one entry list the same subcode under two codes', () => {
		assert.deepEqual(
			messages([
				entry('a', {
					graph: [
						{ code: 36001, subcode: 2207005 },
						{ code: 1, subcode: 2207005 },
					],
				}),
			]),
			[],
		);
	});

	it('tells a bare code apart from the same code with a subcode', () => {
		assert.deepEqual(
			messages([entry('a', { graph: [{ code: 4 }] }), entry('b', { graph: [{ code: 4, subcode: 2207051 }] })]),
			[],
		);
	});

	it('reports overlapping code ranges', () => {
		const problems = messages([
			entry('a', { graph: [{ code: 200, through: 299 }] }),
			entry('b', { graph: [{ code: 230 }] }),
		]);
		assert.equal(problems.length, 1);
		assert.match(problems[0] ?? '', /b\.mdx: graph\[0\] 230 is already claimed by .*a\.mdx \(200-299\)/);
	});

	it('reports a message text claimed twice, ignoring case, spacing and the (#code) prefix', () => {
		const problems = messages([
			entry('a', {
				messages: [{ text: 'Page request limit reached', field: 'message', source: 'meta-rate-limiting' }],
			}),
			entry('b', { messages: [{ text: '(#32)  page REQUEST limit reached.', field: 'message', source: 'seed' }] }),
		]);
		assert.deepEqual(problems, [
			'content/errors/b.mdx: messages[0] "(#32)  page REQUEST limit reached." is already a message of content/errors/a.mdx',
		]);
	});

	it('checks FAQ cross-references too', () => {
		assert.deepEqual(messages([entry('a')], [{ file: 'content/faq/q.mdx', data: { related: ['a', 'nope'] } }]), [
			'content/faq/q.mdx: related[1] "nope" is not a known error',
		]);
	});
});
