/**
 * The decoder against every realistic paste in tests/fixtures/pastes/ (every `*.ts` there but
 * types.ts, whoever wrote it), with the real content. Prints the top-1 and top-3 rates and fails
 * under the goals: the right page first for at least 19 in 20 pastes that have a page, and never
 * a confident answer for a paste that has none.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import { decode } from '../../src/lib/decode.ts';
import { buildExport } from '../../src/lib/error-export.ts';
import { errorPath } from '../../src/lib/paths.ts';
import type { Paste } from '../fixtures/pastes/types.ts';

const entries = buildExport(readErrors(), errorPath).errors;
const ids = new Set(entries.map((e) => e.id));

const folder = new URL('../fixtures/pastes/', import.meta.url);
const files = readdirSync(folder)
	.filter((f) => f.endsWith('.ts') && f !== 'types.ts')
	.sort();

const isPaste = (v: unknown): v is Paste =>
	typeof v === 'object' &&
	v !== null &&
	typeof (v as Paste).text === 'string' &&
	((v as Paste).expect === null || typeof (v as Paste).expect === 'string');

const pastes: (Paste & { file: string })[] = [];
for (const file of files) {
	const mod = (await import(new URL(file, folder).href)) as Record<string, unknown>;
	for (const value of Object.values(mod)) {
		if (Array.isArray(value) && value.length > 0 && value.every(isPaste)) {
			for (const p of value) pastes.push({ ...p, file });
		}
	}
}

const withPage = pastes.filter((p) => p.expect !== null);
const without = pastes.filter((p) => p.expect === null);

interface Outcome {
	paste: Paste & { file: string };
	top1: boolean;
	top3: boolean;
	got: string;
}

const outcomes: Outcome[] = pastes.map((paste) => {
	const r = decode(paste.text, entries);
	const answer = r.verdict === 'match' ? r.matches[0]?.id : undefined;
	const top3 = r.matches.slice(0, 3).map((m) => m.id);
	const got = answer ?? `no answer (${r.verdict}${top3.length ? `: ${top3.join(', ')}` : ''})`;
	if (paste.expect === null) return { paste, top1: answer === undefined, top3: answer === undefined, got };
	return { paste, top1: answer === paste.expect, top3: top3.includes(paste.expect), got };
});

const rate = (list: Outcome[], key: 'top1' | 'top3') =>
	list.length === 0 ? 1 : list.filter((o) => o[key]).length / list.length;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const paged = outcomes.filter((o) => o.paste.expect !== null);
const unpaged = outcomes.filter((o) => o.paste.expect === null);
const top1 = rate(paged, 'top1');
const top3 = rate(paged, 'top3');
const honest = rate(unpaged, 'top1');

console.log(
	`paste corpus: ${pastes.length} pastes from ${files.length} files; ${withPage.length} with a page: top-1 ${pct(top1)}, top-3 ${pct(top3)}; ${without.length} without: "no page" ${pct(honest)}`,
);
const byShape = new Map<string, Outcome[]>();
for (const o of paged) byShape.set(o.paste.shape, [...(byShape.get(o.paste.shape) ?? []), o]);
for (const [shape, list] of [...byShape].sort()) {
	console.log(
		`  ${shape.padEnd(18)} ${String(list.length).padStart(3)} pastes  top-1 ${pct(rate(list, 'top1'))}  top-3 ${pct(rate(list, 'top3'))}`,
	);
}
for (const o of outcomes.filter((x) => !x.top1)) {
	console.log(
		`  miss [${o.paste.file}] expected ${o.paste.expect ?? 'no page'}, got ${o.got}: ${o.paste.text.slice(0, 100).replace(/\s+/g, ' ')}`,
	);
}

describe('paste corpus', () => {
	it('has at least 150 pastes across every shape, each with a source', () => {
		assert.ok(pastes.length >= 150, `only ${pastes.length} pastes`);
		const shapes = new Set(pastes.map((p) => p.shape));
		for (const shape of [
			'graph-json',
			'wrapped-json',
			'log-line',
			'exception',
			'www-authenticate',
			'ig-oauth',
			'message',
			'vendor',
			'bare-code',
		]) {
			assert.ok(shapes.has(shape as Paste['shape']), `no paste of shape ${shape}`);
		}
		for (const p of pastes) assert.ok(p.source.trim().length > 0, `no source for ${p.text.slice(0, 60)}`);
	});

	it('expects only entries that exist', () => {
		const missing = withPage.filter((p) => !ids.has(p.expect as string)).map((p) => `${p.file}: ${p.expect}`);
		assert.deepEqual(missing, []);
	});

	it(`puts the right page first for at least 95% of pastes that have one (now ${pct(top1)})`, () => {
		assert.ok(top1 >= 0.95, `top-1 is ${pct(top1)}`);
	});

	it(`never answers confidently for a paste without a page (now ${pct(honest)})`, () => {
		const wrong = unpaged.filter((o) => !o.top1).map((o) => `${o.got}: ${o.paste.text.slice(0, 80)}`);
		assert.deepEqual(wrong, []);
	});
});
