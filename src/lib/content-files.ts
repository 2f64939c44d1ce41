/**
 * Where each collection lives and how a file becomes an entry. content.config.ts gives these rules
 * to Astro's glob loader; astro.config.mjs (short links, sitemap dates) and the scripts read the
 * same files with `readCollection`, so every reader sees the same entries.
 *
 * - Any `.mdx` file under the collection's folder is an entry, sub-folders included; a file whose
 *   name starts with `_` is a draft or partial and is not.
 * - The entry id is the file name without `.mdx`: folders only group files, and the id (the URL)
 *   stays the same if a file moves between them. Two files with the same name are an error.
 * - Frontmatter is read with js-yaml, the parser Astro reads it with, so a value (a date, a number)
 *   has the same type for every reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { Problem } from './validate.ts';

export const COLLECTION_DIRS = {
	errors: 'content/errors',
	faq: 'content/faq',
	guides: 'content/guides',
} as const;
export type CollectionName = keyof typeof COLLECTION_DIRS;

/** The glob pattern handed to Astro's loader; `isEntryFile` is the same rule for Node. */
export const ENTRY_PATTERN = '**/[^_]*.mdx';
const isEntryFile = (path: string) => /^[^_.][^/]*\.mdx$/.test(basename(path));

/** The entry id of a file, from its path relative to the collection folder. */
export const entryId = (path: string) => basename(path).replace(/\.mdx$/, '');

export interface ContentFile<T = unknown> {
	id: string;
	/** Path from the project root, with forward slashes ("content/errors/190.mdx"). */
	file: string;
	data: T;
	body: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Schema<T> {
	safeParse(
		value: unknown,
	):
		| { success: true; data: T }
		| { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Every entry file of a collection with its raw frontmatter, sorted by path. */
export function readFiles(collection: CollectionName, problems: Problem[] = [], root = ROOT): ContentFile[] {
	const dir = join(root, COLLECTION_DIRS[collection]);
	let names: string[];
	try {
		names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	const seen = new Map<string, string>();
	const out: ContentFile[] = [];
	for (const name of names.filter((n) => isEntryFile(n) && !n.split(sep).some((part) => part.startsWith('.'))).sort()) {
		const file = relative(root, join(dir, name)).split(sep).join('/');
		const id = entryId(name);
		const other = seen.get(id);
		if (other) {
			problems.push({ file, field: 'file name', message: `gives the id "${id}", already the id of ${other}` });
			continue;
		}
		seen.set(id, file);
		const text = readFileSync(join(dir, name), 'utf8');
		const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
		if (!match) {
			problems.push({ file, field: 'frontmatter', message: 'is missing' });
			continue;
		}
		out.push({ id, file, data: load(match[1] ?? '') as unknown, body: match[2] ?? '' });
	}
	return out;
}

/** Every entry of a collection, its frontmatter parsed with the collection's schema; problems are collected. */
export function readCollection<T>(
	collection: CollectionName,
	schema: Schema<T>,
	problems: Problem[] = [],
	root = ROOT,
): ContentFile<T>[] {
	const out: ContentFile<T>[] = [];
	for (const entry of readFiles(collection, problems, root)) {
		const result = schema.safeParse(entry.data);
		if (result.success) out.push({ ...entry, data: result.data });
		else {
			for (const issue of result.error.issues) {
				problems.push({
					file: entry.file,
					field: issue.path.map(String).join('.') || '(root)',
					message: issue.message,
				});
			}
		}
	}
	return out;
}
