/**
 * Checks every entry in content/ against the schemas and the cross-entry rules without a full
 * build: `npm run check:content`. The build runs the same checks on the same files.
 */
import { loadContent } from '../src/lib/content.ts';
import { formatProblem } from '../src/lib/validate.ts';

const { errors, faq, guides, problems } = loadContent();
for (const p of problems) console.error(formatProblem(p));
console.log(
	`${errors.length} errors, ${faq.length} FAQ entries and ${guides.length} guides checked, ${problems.length} problem(s)`,
);
process.exitCode = problems.length ? 1 : 0;
