/**
 * A small static server for dist/ that applies public/_headers the way Netlify and Cloudflare
 * Pages do (path patterns with `*` splats; every matching block adds its headers), so tests can
 * check that the site works under its own Content-Security-Policy.
 *   node scripts/serve.mjs [--port 4330] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const port = Number(arg('--port', 4330));
const dir = arg('--dir', 'dist');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
	'.woff2': 'font/woff2',
};

/** Parse a _headers file into [{ pattern: RegExp, headers: [name, value][] }]. */
export function parseHeaders(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else if (rules.length) {
			const i = line.indexOf(':');
			rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
		}
	}
	return rules;
}

const headersFile = join(dir, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = decodeURIComponent(url.pathname);
	for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) res.setHeader(name, value);

	let file = normalize(join(dir, path));
	if (!file.startsWith(normalize(dir))) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { Location: `${path}/${url.search}` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	let status = 200;
	if (!existsSync(file)) {
		status = 404;
		file = join(dir, '404.html');
	}
	res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${dir} with _headers on http://127.0.0.1:${port}/`));
