/**
 * Serves dist/ under a base path on a free local port, like a static host (no compression, no
 * cache), for the scripts that drive the built site in Chromium.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

/** Starts the server; resolves with it and its origin ("http://127.0.0.1:PORT"). */
export function serveDist(dist: string, base: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		let path = normalize(join(dist, decodeURIComponent(url.pathname.slice(base.length))));
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!path.startsWith(dist) || !existsSync(path)) {
			res.writeHead(path.startsWith(dist) ? 404 : 403).end();
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
		res.end(readFileSync(path));
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
		}),
	);
}
