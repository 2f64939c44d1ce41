/**
 * Page weight per page kind, from the built files: the HTML plus every stylesheet, script and
 * icon it references at load, and the modules those scripts import statically (not what loads on
 * demand), gzip -9; and the error page with the most HTML. Needs `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_KINDS } from './lib/page-kinds.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const KINDS = Object.fromEntries(Object.entries(PAGE_KINDS).filter(([, path]) => path.endsWith('/')));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const errorsDir = join(DIST, 'errors');
const heaviest = readdirSync(errorsDir, { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(join(errorsDir, d.name, 'index.html')))
	.map((d) => ({ path: `/errors/${d.name}/`, size: gz(readFileSync(join(errorsDir, d.name, 'index.html'))) }))
	.reduce((a, b) => (b.size > a.size ? b : a));
KINDS['largest error page'] = heaviest.path;

/** Site paths of the modules a built script imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(path) {
	const code = readFileSync(file(path), 'utf8');
	const found = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"`(]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)];
	return found.map((m) => `/${relative(DIST, join(dirname(file(path)), m[1]))}`);
}
/** A script and everything it imports statically, each once. */
function withImports(path, seen = new Set()) {
	if (seen.has(path) || !existsSync(file(path))) return seen;
	seen.add(path);
	for (const dep of staticImports(path)) withImports(dep, seen);
	return seen;
}

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
		...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].flatMap((m) => [...withImports(m[1])]),
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
console.log(`(largest error page: ${heaviest.path}; the Playwright budget test weighs it in the browser.)`);
