/**
 * Prints one closing line for the whole suite, "N passed, N failed", from the unit tests'
 * TAP report and Playwright's JSON report (whichever ran). Used by .ci/run.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

const tap = 'test-results/unit.tap';
if (existsSync(tap)) {
	const text = readFileSync(tap, 'utf8');
	passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
	failed += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0);
}

const json = 'test-results/results.json';
if (existsSync(json)) {
	const { stats } = JSON.parse(readFileSync(json, 'utf8'));
	passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
	failed += stats.unexpected ?? 0;
}

console.log(`${passed} passed, ${failed} failed`);
