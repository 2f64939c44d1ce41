/**
 * The decoder's rates on the evaluation pastes (tests/fixtures/pastes/eval/), overall and per
 * platform area, without showing a single paste: the figures for a report, never a list to tune on.
 *
 *   npm run eval:pastes
 */
import { loadContent } from '../src/lib/content.ts';
import { buildExport } from '../src/lib/error-export.ts';
import { errorPath } from '../src/lib/paths.ts';
import { loadPastes } from '../tests/fixtures/pastes/corpus.ts';
import { outcomeOf, ratesLine, ratesOf, type Outcome } from '../tests/fixtures/pastes/score.ts';

const entries = buildExport(loadContent().errors, errorPath).errors;
const outcomes = (await loadPastes('eval')).map((p) => outcomeOf(p, entries));
console.log(`evaluation part: ${ratesLine(ratesOf(outcomes))}`);
const byArea = new Map<string, Outcome[]>();
for (const o of outcomes) byArea.set(o.paste.area ?? 'unknown', [...(byArea.get(o.paste.area ?? 'unknown') ?? []), o]);
for (const [area, list] of [...byArea].sort()) console.log(`  ${area.padEnd(18)} ${ratesLine(ratesOf(list))}`);
// Each batch on its own: a batch is measured when it is added, before anyone has seen how it does.
const byBatch = new Map<string, Outcome[]>();
for (const o of outcomes) byBatch.set(o.paste.file, [...(byBatch.get(o.paste.file) ?? []), o]);
console.log('by batch:');
for (const [file, list] of [...byBatch].sort()) console.log(`  ${file.padEnd(24)} ${ratesLine(ratesOf(list))}`);
