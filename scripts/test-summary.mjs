/**
 * Prints one closing line for the whole suite, "N passed, N failed", from the TAP reports of the
 * node tests (test-results/*.tap: unit, the deploy build's dist tests, dist) and Playwright's JSON
 * report (whichever ran). Used by .ci/run, which passes the
 * suite's exit status: a suite that failed before any report was written (type check, build)
 * counts as one failure, so the line never reads "0 failed" for a failed run.
 *   node scripts/test-summary.mjs [--status N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

const taps = existsSync('test-results') ? readdirSync('test-results').filter((name) => name.endsWith('.tap')) : [];
for (const tap of taps) {
	const text = readFileSync(`test-results/${tap}`, 'utf8');
	passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
	failed += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0);
}

const json = 'test-results/results.json';
if (existsSync(json)) {
	const { stats } = JSON.parse(readFileSync(json, 'utf8'));
	passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
	failed += stats.unexpected ?? 0;
}

const at = process.argv.indexOf('--status');
const status = at === -1 ? 0 : Number(process.argv[at + 1]);
if (status !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);
