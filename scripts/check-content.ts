/**
 * Checks every entry in content/errors against the schema and the cross-entry rules,
 * without a full build: `npm run check:content`. The build runs the same checks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { errorSchema } from '../src/lib/error-schema.ts';
import { formatProblem, validate, type EntryForCheck, type Problem } from '../src/lib/validate.ts';

const dir = new URL('../content/errors/', import.meta.url);
const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).sort();
const problems: Problem[] = [];
const entries: EntryForCheck[] = [];

for (const name of files) {
	const file = `content/errors/${name}`;
	const text = await readFile(new URL(name, dir), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match?.[1]) {
		problems.push({ file, field: 'frontmatter', message: 'is missing' });
		continue;
	}
	const result = errorSchema.safeParse(parse(match[1]));
	if (!result.success) {
		for (const issue of result.error.issues) {
			problems.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
		}
		continue;
	}
	entries.push({ id: name.replace(/\.mdx$/, ''), file, data: result.data });
}
problems.push(...validate(entries));
for (const p of problems) console.error(formatProblem(p));
console.log(`${files.length} entries checked, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
