/**
 * /errors.schema.json in the built site is a JSON Schema 2020-12 that Ajv compiles in strict mode,
 * and the built /errors.json is valid against it; records that break the documented shape are not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { builtExport, fileOfUrl, readBuilt } from '../fixtures/built-site.ts';

const schema = JSON.parse(readBuilt('errors.schema.json')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
// The schema pins both formats with a pattern too; these make Ajv check them by name as well.
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
// Alias links are absolute URLs (Zod's z.url()).
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(schema);
const exported = builtExport();
const clone = () =>
	structuredClone(exported) as unknown as { errors: Record<string, unknown>[] } & Record<string, unknown>;

describe('/errors.schema.json', () => {
	it('declares JSON Schema 2020-12 and its own URL', () => {
		assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
		assert.equal(fileOfUrl(String(schema.$id)), 'errors.schema.json');
	});

	it('accepts the built /errors.json', () => {
		const ok = validate(exported);
		assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
	});

	it('rejects records that break the shape', () => {
		const cases: [string, (d: ReturnType<typeof clone>) => void][] = [
			['unknown action', (d) => void (d.errors[0]!.action = 'panic')],
			['missing title', (d) => void delete d.errors[0]!.title],
			['extra field', (d) => void (d.errors[0]!.extra = 1)],
			['message without field', (d) => void (d.errors[0]!.messages = [{ text: 'x' }])],
			['bad date', (d) => void (d.errors[0]!.updated = '27/11/2026')],
			['wrong version', (d) => void (d.version = 2)],
		];
		for (const [name, mutate] of cases) {
			const d = clone();
			mutate(d);
			assert.equal(validate(d), false, name);
		}
	});

	it('describes every record field', () => {
		const top = schema.properties as { errors: { items: { properties: Record<string, { description?: string }> } } };
		const record = top.errors.items.properties;
		for (const [name, field] of Object.entries(record)) assert.ok(field.description, name);
	});

	it('is linked from /api/', () => {
		const html = readBuilt('api/index.html');
		const href = /<a href="([^"]+)">\s*<code>errors\.schema\.json<\/code>\s*<\/a>/.exec(html)?.[1];
		assert.equal(href && fileOfUrl(href), 'errors.schema.json');
	});
});
