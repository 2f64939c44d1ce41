/**
 * Reads content/errors and content/faq straight from disk and parses their frontmatter with the
 * site's own schemas. Used by `npm run check:content` and by tests, which compute what pages must
 * show from the content itself rather than from typed-in numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { errorSchema, type ErrorData } from '../../src/lib/error-schema.ts';
import { faqSchema, type FaqData } from '../../src/lib/faq-schema.ts';
import type { Problem } from '../../src/lib/validate.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ContentFile<T> {
	id: string;
	file: string;
	data: T;
	body: string;
}

function readCollection<T>(
	collection: 'errors' | 'faq',
	schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
	problems: Problem[],
): ContentFile<T>[] {
	const dir = `${root}content/${collection}/`;
	const names = readdirSync(dir)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.sort();
	const out: ContentFile<T>[] = [];
	for (const name of names) {
		const file = `content/${collection}/${name}`;
		const text = readFileSync(dir + name, 'utf8');
		const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
		if (!match) {
			problems.push({ file, field: 'frontmatter', message: 'is missing' });
			continue;
		}
		const result = schema.safeParse(parse(match[1] ?? ''));
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({ file, field: issue.path.map(String).join('.') || '(root)', message: issue.message });
			}
			continue;
		}
		out.push({ id: name.replace(/\.mdx$/, ''), file, data: result.data, body: match[2] ?? '' });
	}
	return out;
}

export function readErrors(problems: Problem[] = []): ContentFile<ErrorData>[] {
	return readCollection('errors', errorSchema, problems);
}

export function readFaq(problems: Problem[] = []): ContentFile<FaqData>[] {
	return readCollection('faq', faqSchema, problems);
}
