/** Reading the build output, for the integrations that work on the built pages. */
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Build output that holds no pages of ours. */
const SKIP_DIRS = new Set(['_astro', 'pagefind']);

/** Every HTML file under `dir`, outside asset folders. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const item of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, item.name);
		if (item.isDirectory()) {
			if (!SKIP_DIRS.has(item.name)) out.push(...(await htmlFiles(path)));
		} else if (item.name.endsWith('.html')) out.push(path);
	}
	return out;
}

/** The start of a page, enough to hold its <head>; the whole file when the head is longer. */
export async function readStart(file: string, bytes = 16_384): Promise<string> {
	const handle = await open(file, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
		const start = buffer.toString('utf8', 0, bytesRead);
		return bytesRead < bytes || /<\/head>/i.test(start) ? start : await readFile(file, 'utf8');
	} finally {
		await handle.close();
	}
}

/** Maps `fn` over `items` a few at a time: thousands of files quickly, without opening them all at once. */
export async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, size = 64): Promise<R[]> {
	const out: R[] = [];
	for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
	return out;
}
