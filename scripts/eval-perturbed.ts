/**
 * How the decoder holds up when the development pastes reach it changed the ways real pastes differ
 * from the ones it was written against: cut at the start or the end, in capitals, after a logger's
 * prefix, wrapped by a terminal, pasted into a one-line search box, printed by Python, followed by a
 * stack frame. Prints the rates of each way next to the pastes as written; asserts nothing
 * (tests/unit/paste-wrappers.test.ts holds the ways every paste must survive). Development part only:
 * the evaluation part is measured as collected, never reshaped.
 *
 *   npm run eval:perturbed
 */
import { loadContent } from '../src/lib/content.ts';
import { buildExport } from '../src/lib/error-export.ts';
import { errorPath } from '../src/lib/paths.ts';
import { loadPastes } from '../tests/fixtures/pastes/corpus.ts';
import { afterLoggerPrefix, onOneLine, wrapLines } from '../tests/fixtures/pastes/reshape.ts';
import { outcomeOf, ratesLine, ratesOf } from '../tests/fixtures/pastes/score.ts';

/** The text from the first word boundary after a share `f` of it: a selection that began mid-sentence. */
function withoutStart(text: string, f: number): string {
	const at = text.indexOf(' ', Math.floor(text.length * f));
	return at < 0 ? text : text.slice(at + 1);
}

/** The text up to the last word boundary before a share `f` from its end: a log column that stopped. */
function withoutEnd(text: string, f: number): string {
	const at = text.lastIndexOf(' ', Math.floor(text.length * (1 - f)));
	return at < 0 ? text : text.slice(0, at);
}

const WAYS: Record<string, (text: string) => string> = {
	'as written': (t) => t,
	'first tenth cut off': (t) => withoutStart(t, 0.1),
	'first fifth cut off': (t) => withoutStart(t, 0.2),
	'last fifth cut off': (t) => withoutEnd(t, 0.2),
	'in capitals': (t) => t.toUpperCase(),
	'in lower case': (t) => t.toLowerCase(),
	"after a logger's prefix": afterLoggerPrefix,
	'wrapped at 60-75 columns': wrapLines,
	'on one line (a search box)': onOneLine,
	'quoted as Python prints it': (t) =>
		t
			.replace(/"/g, "'")
			.replace(/\btrue\b/g, 'True')
			.replace(/\bfalse\b/g, 'False'),
	'a stack frame after it': (t) => `${t}\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)`,
};

const entries = buildExport(loadContent().errors, errorPath).errors;
const pastes = await loadPastes('dev');
console.log(`development part, ${pastes.length} pastes, each sent again changed one way:`);
for (const [way, change] of Object.entries(WAYS)) {
	const outcomes = pastes.map((p) => outcomeOf({ ...p, text: change(p.text) }, entries));
	console.log(`  ${way.padEnd(27)} ${ratesLine(ratesOf(outcomes))}`);
}
