/**
 * The decoder against the paste corpus (tests/fixtures/pastes/corpus.ts), with the real content.
 * The development part is what matching is tuned on: it must put the right page first for at
 * least 19 in 20 pastes that have one. The evaluation part, real pastes collected by people who
 * had not read the decoder, is only measured: its rates are printed, never its texts, so nobody
 * tunes on them, and held above a floor so a regression shows. Pastes without a page must be
 * declined (no confident answer) in at least 9 cases in 10, and no report feeds both parts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readErrors } from '../fixtures/content.ts';
import { loadPastes, reportsOf } from '../fixtures/pastes/corpus.ts';
import { outcomeOf, pct, ratesLine, ratesOf, type Outcome } from '../fixtures/pastes/score.ts';
import { buildExport } from '../../src/lib/error-export.ts';
import { errorPath } from '../../src/lib/paths.ts';

const entries = buildExport(readErrors(), errorPath).errors;
const ids = new Set(entries.map((e) => e.id));

const dev = await loadPastes('dev');
const evaluation = await loadPastes('eval');
const devOutcomes = dev.map((p) => outcomeOf(p, entries));
const evalOutcomes = evaluation.map((p) => outcomeOf(p, entries));
const devRates = ratesOf(devOutcomes);
const evalRates = ratesOf(evalOutcomes);

console.log(`development part: ${ratesLine(devRates)}`);
const byShape = new Map<string, Outcome[]>();
for (const o of devOutcomes.filter((x) => x.paste.expect !== null))
	byShape.set(o.paste.shape, [...(byShape.get(o.paste.shape) ?? []), o]);
for (const [shape, list] of [...byShape].sort()) {
	const r = ratesOf(list);
	console.log(
		`  ${shape.padEnd(18)} ${String(list.length).padStart(3)} pastes  top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}`,
	);
}
for (const o of devOutcomes.filter((x) => !x.top1)) {
	console.log(
		`  miss [${o.paste.file}] expected ${o.paste.expect ?? 'no page'}, got ${o.got}: ${o.paste.text.slice(0, 100).replace(/\s+/g, ' ')}`,
	);
}
// The evaluation part's rate, and nothing about which pastes miss: `npm run eval:pastes` gives the
// rate per area for reports, still without the pastes.
console.log(`evaluation part: ${ratesLine(evalRates)}`);

/** Report addresses, not Meta's documentation pages (both parts may quote Meta's own samples). */
const reports = (list: typeof dev) =>
	new Set(list.flatMap(reportsOf).filter((u) => !/^https:\/\/developers\.facebook\.com\//.test(u)));

describe('paste corpus', () => {
	it('has a development part of at least 150 pastes across every shape, each with a source', () => {
		assert.ok(dev.length >= 150, `only ${dev.length} pastes`);
		const shapes = new Set(dev.map((p) => p.shape));
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
		] as const) {
			assert.ok(shapes.has(shape), `no paste of shape ${shape}`);
		}
		for (const p of [...dev, ...evaluation]) assert.ok(p.source.trim().length > 0, `no source in ${p.file}`);
	});

	it('labels every evaluation paste with its meaning and area', () => {
		const unlabelled = evaluation.filter((p) => !p.meaning?.trim() || !p.area).map((p) => p.file);
		assert.deepEqual(unlabelled, []);
	});

	it('takes no report into both parts', () => {
		const devReports = reports(dev);
		assert.deepEqual(
			[...reports(evaluation)].filter((u) => devReports.has(u)),
			[],
		);
	});

	it('expects only entries that exist', () => {
		const missing = [...dev, ...evaluation]
			.filter((p) => p.expect !== null && !ids.has(p.expect))
			.map((p) => `${p.file}: ${p.expect}`);
		assert.deepEqual(missing, []);
	});

	it(`puts the right page first for at least 95% of development pastes that have one (now ${pct(devRates.top1)})`, () => {
		assert.ok(devRates.top1 >= 0.95, `top-1 is ${pct(devRates.top1)}`);
	});

	it(`declines at least 9 in 10 development pastes that have no page (now ${pct(devRates.honest)})`, () => {
		assert.ok(devRates.honest >= 0.9, `no confident answer for ${pct(devRates.honest)}`);
	});

	// The evaluation part guards against regressions only: a floor below today's rate, so a change
	// that makes the decoder worse on unseen pastes fails, and nothing invites tuning on them. A new
	// batch moves the floors to its measured rate (the third batch, mostly calls to other Meta
	// products that show nothing of it in the text, took declines from 83.7% to 75.9%; the fourth,
	// whose Facebook-side pastes carry Instagram's exact wording, to 72.2%). The top-1 floor rose to
	// 90% once the decoder reached 91.8% with the fifth batch in. The sixth, eleven of whose pastes are
	// Facebook Page calls, took declines to 66.3%, and to 69.5% once Facebook's own signs were read.
	// The seventh (45 pastes, 28 with a page) measured 91.6% and 69.6% with it in.
	it(`keeps the evaluation rates above their floors (now top-1 ${pct(evalRates.top1)}, declined ${pct(evalRates.honest)})`, () => {
		assert.ok(evalRates.top1 >= 0.9, `evaluation top-1 fell to ${pct(evalRates.top1)}`);
		assert.ok(evalRates.honest >= 0.68, `evaluation no-page declines fell to ${pct(evalRates.honest)}`);
	});
});
