/**
 * Reading the build output, for the integrations that work on the built pages. Synchronous on
 * purpose: thousands of small files go faster one after another than through the thread pool.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Build output that holds no pages of ours. */
const SKIP_DIRS = new Set(['_astro', 'pagefind']);

/** Every HTML file under `dir`, outside asset folders. */
export function htmlFiles(dir: string): string[] {
	const out: string[] = [];
	for (const item of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, item.name);
		if (item.isDirectory()) {
			if (!SKIP_DIRS.has(item.name)) out.push(...htmlFiles(path));
		} else if (item.name.endsWith('.html')) out.push(path);
	}
	return out;
}

const buffer = Buffer.alloc(16_384);

/** The start of a page, enough to hold its <head>; the whole file when the head is longer. */
export function readStart(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
		const start = buffer.toString('utf8', 0, bytesRead);
		return bytesRead < buffer.length || /<\/head>/i.test(start) ? start : readFileSync(file, 'utf8');
	} finally {
		closeSync(fd);
	}
}
