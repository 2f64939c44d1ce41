import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import { entryKey } from '../../src/lib/entry-key.ts';
import { buildExport, EXPORT_FIELDS, EXPORT_VERSION } from '../../src/lib/error-export.ts';
import { errorPath, withBase } from '../../src/lib/paths.ts';
import { ACTION_IDS, CATEGORY_IDS, RETRY_CLASS_IDS, STAGE_IDS } from '../../src/lib/taxonomy.ts';

const content = readErrors();

describe('the /errors.json export', () => {
	const generated = new Date('2026-11-27T12:00:00Z');
	const exported = JSON.parse(
		JSON.stringify(buildExport(content, (id) => withBase(errorPath(id), '/'), generated)),
	) as ReturnType<typeof buildExport>;

	it('has a version, an ISO date and one record per entry', () => {
		assert.equal(exported.version, EXPORT_VERSION);
		assert.equal(exported.generated, '2026-11-27T12:00:00.000Z');
		assert.deepEqual(
			exported.errors.map((e) => e.id),
			content.map((e) => e.id),
		);
	});

	it('gives every record exactly the documented fields', () => {
		const documented = EXPORT_FIELDS.map((f) => f.name).sort();
		for (const record of exported.errors) assert.deepEqual(Object.keys(record).sort(), documented, record.id);
	});

	it('uses taxonomy ids and carries their labels once', () => {
		for (const e of exported.errors) {
			assert.ok((CATEGORY_IDS as readonly string[]).includes(e.category), e.id);
			assert.ok((STAGE_IDS as readonly string[]).includes(e.stage), e.id);
			assert.ok((ACTION_IDS as readonly string[]).includes(e.action), e.id);
			assert.ok((RETRY_CLASS_IDS as readonly string[]).includes(e.retry), e.id);
		}
		assert.deepEqual(
			exported.taxonomy.actions.map((a) => a.id),
			[...ACTION_IDS],
		);
		assert.deepEqual(
			exported.taxonomy.retry.map((a) => a.id),
			[...RETRY_CLASS_IDS],
		);
	});

	it('copies codes, pairs and texts from the content', () => {
		for (const { id, data } of content) {
			const e = exported.errors.find((r) => r.id === id);
			assert.ok(e);
			assert.equal(e.code, data.code);
			const messageCode = data.messages.find((m) => m.code !== undefined)?.code;
			assert.equal(e.graph_code, data.graph.find((k) => k.code !== undefined)?.code ?? messageCode ?? null);
			assert.equal(e.key.kind, entryKey(data).kind);
			assert.equal(e.subcode, data.graph[0]?.subcode ?? null);
			assert.deepEqual(
				e.graph.map((k) => k.subcode),
				data.graph.map((k) => k.subcode),
			);
			assert.deepEqual(
				e.messages.map((m) => [m.text, m.code]),
				data.messages.map((m) => [m.text, m.code]),
			);
			assert.match(e.updated, /^\d{4}-\d{2}-\d{2}$/);
			for (const key of e.graph)
				assert.ok(
					Object.values(key).every((v) => typeof v === 'number'),
					`${id}: ${JSON.stringify(key)}`,
				);
		}
	});

	it('gives each record the path of its page, under the base', () => {
		assert.ok(exported.errors.every((e) => e.url === `/errors/${e.id}/`));
		const underBase = buildExport(content, (id) => withBase(errorPath(id), '/ref/'));
		assert.ok(underBase.errors.every((e) => e.url === `/ref/errors/${e.id}/`));
	});
});
