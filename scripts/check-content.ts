/**
 * Checks every entry in content/ against the schemas and the cross-entry rules without a full
 * build: `npm run check:content`. The build runs the same checks.
 */
import { formatProblem, validate, type Problem } from '../src/lib/validate.ts';
import { readErrors, readFaq } from './lib/content-files.ts';

const problems: Problem[] = [];
const errors = readErrors(problems);
const faq = readFaq(problems);
problems.push(...validate(errors, faq));
for (const p of problems) console.error(formatProblem(p));
console.log(`${errors.length} errors and ${faq.length} FAQ entries checked, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
