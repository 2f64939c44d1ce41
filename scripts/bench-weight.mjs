/**
 * Page weight per page kind, from the built files: the HTML plus every stylesheet, script and
 * icon it references at load (not what loads on demand), gzip -9. Needs `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_KINDS } from './lib/page-kinds.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const KINDS = Object.fromEntries(Object.entries(PAGE_KINDS).filter(([, path]) => path.endsWith('/')));

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const file = (path) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

console.log('page kind              | requests | HTML gz | CSS gz | JS gz | total gz');
console.log('---------------------- | -------- | ------- | ------ | ----- | --------');
for (const [kind, path] of Object.entries(KINDS)) {
	if (!existsSync(file(path))) continue;
	const html = readFileSync(file(path));
	const text = html.toString();
	const refs = [
		...[...text.matchAll(/<link[^>]+rel="(?:stylesheet|icon)"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
		...[...text.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|icon)"/g)].map((m) => m[1]),
		...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
	];
	let css = 0;
	let js = 0;
	let other = 0;
	for (const ref of new Set(refs)) {
		if (ref.startsWith('data:')) continue;
		const f = file(ref);
		if (!existsSync(f)) continue;
		const size = gz(readFileSync(f));
		if (ref.endsWith('.css')) css += size;
		else if (ref.endsWith('.js')) js += size;
		else other += size;
	}
	const h = gz(html);
	const kb = (n) => (n / 1024).toFixed(1).padStart(5);
	console.log(
		`${kind.padEnd(22)} | ${String(1 + [...new Set(refs)].filter((r) => !r.startsWith('data:')).length).padStart(8)} | ${kb(h)}   | ${kb(css)}  | ${kb(js)} | ${kb(h + css + js + other)}`,
	);
}
console.log(
	'(JS that modules import at load is not followed here; the Playwright budget test measures it in the browser.)',
);
