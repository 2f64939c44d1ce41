/**
 * Reading the built site in dist/ from node:test files. Every reader fails with a clear message
 * when the build is missing, and URLs are mapped back to files through the base path the site was
 * built with (read from /errors.json, whose `url` fields include it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorExport } from '../../src/lib/error-export.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A file of the built site by its path inside dist/ ("errors.json", "errors/190/index.html"). */
export function readBuilt(file: string): string {
	const full = join(DIST, file);
	if (!existsSync(full)) throw new Error(`dist/${file} is missing: build the site first (npx astro build).`);
	return readFileSync(full, 'utf8');
}

export const builtExists = (file: string) => existsSync(join(DIST, file));

let exported: ErrorExport | undefined;
/** The built /errors.json. */
export function builtExport(): ErrorExport {
	exported ??= JSON.parse(readBuilt('errors.json')) as ErrorExport;
	return exported;
}

/** The base path the site was built with ("/" or "/ref/"). */
export function builtBase(): string {
	const first = builtExport().errors[0];
	if (!first) return '/';
	return first.url.slice(0, first.url.length - `errors/${first.id}/`.length);
}

/** The dist/ file an absolute or root-relative URL of the site resolves to, or undefined if none. */
export function fileOfUrl(url: string): string | undefined {
	const base = builtBase();
	const { pathname } = new URL(url, 'http://site/');
	if (!pathname.startsWith(base)) return undefined;
	const rel = decodeURIComponent(pathname.slice(base.length));
	const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
	return builtExists(candidate) ? candidate : undefined;
}

/** What a Markdown reader sees: CommonMark backslash escapes removed. */
export const unescapeMarkdown = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
