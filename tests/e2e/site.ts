/** Facts about the built site in dist/, for the quality gates. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Site paths listed in the built sitemap (without origin and base). */
export function sitemapPaths(): string[] {
	const file = `${DIST}sitemap.xml`;
	if (!existsSync(file)) throw new Error('dist/sitemap.xml is missing: build the site first (npm run build).');
	const xml = readFileSync(file, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

export { PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
