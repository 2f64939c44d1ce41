/**
 * Build-at-scale benchmark: generates synthetic error entries (realistic frontmatter and bodies,
 * modelled on real entries) into temporary sites, never into content/, builds each with the search
 * index, and prints wall time, pages per second, peak memory (the largest process, and Node and
 * Pagefind together), dist size, and the time spent bundling, generating pages and indexing.
 *   node scripts/bench-scale.mjs [--keep] [30 1000 5000]
 * --keep leaves each temporary site (and its build log, build.log) in place for profiling.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const KEEP = process.argv.includes('--keep');
const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [30, 1000, 5000];

/** Real entries as templates: frontmatter and body. */
const templates = readdirSync(join(ROOT, 'content/errors'))
	.filter((f) => f.endsWith('.mdx'))
	.sort()
	.map((f) => {
		const text = readFileSync(join(ROOT, 'content/errors', f), 'utf8');
		const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
		return { data: parse(front), body };
	});

function synthetic(n) {
	const files = {};
	for (let i = 0; i < n; i++) {
		const t = templates[i % templates.length];
		const id = String(9_000_000 + i);
		// Within the limits the build checks: "<id>: <title> · IG API Errors" ≤ 60, description ≤ 155.
		const mark = ` #${i}`;
		const { name: _name, ...rest } = t.data;
		const data = {
			...rest,
			code: id,
			title: `${t.data.title.slice(0, 44 - id.length - 2 - mark.length).trim()}${mark}`,
			description: `Synthetic subcode ${id}: ${t.data.description}`.slice(0, 155),
			graph: [{ code: 100 + (i % 50), subcode: 9_000_000 + i }],
			messages: [
				{ text: `Synthetic benchmark message ${i} for ${t.data.title}`, field: 'message', source: 'public-reports' },
			],
			related: [1, 2, 3].map((d) => String(9_000_000 + ((i + d) % n))).filter((r) => r !== id),
		};
		files[`${id}.mdx`] = `---\n${stringify(data)}---\n${t.body}`;
	}
	return files;
}

function makeSite(files) {
	const dir = mkdtempSync(join(tmpdir(), 'ig-errors-bench-'));
	// src/ is copied, not linked: Astro cannot compile a component's <script> from a linked folder outside the root.
	cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
	for (const name of ['node_modules', 'public', 'scripts']) symlinkSync(join(ROOT, name), join(dir, name));
	for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name));
	mkdirSync(join(dir, 'content/errors'), { recursive: true });
	// The real entries and the FAQ come along, so the FAQ's links and the figures it states (checked
	// against the entries it links) hold; the synthetic ids (9000000 and up) never clash with them.
	cpSync(join(ROOT, 'content/errors'), join(dir, 'content/errors'), { recursive: true });
	cpSync(join(ROOT, 'content/faq'), join(dir, 'content/faq'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/errors', name), text);
	return dir;
}

function duBytes(dir) {
	let total = 0;
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			const s = statSync(p);
			if (s.isDirectory()) walk(p);
			else total += s.size;
		}
	};
	walk(dir);
	return total;
}

/**
 * Resident memory of a process and all its descendants (Linux /proc; null elsewhere): the build
 * runs Node and, for the search index, Pagefind's own binary, so the machine needs the sum.
 */
function treeRss(rootPid) {
	if (!existsSync('/proc/self/status')) return null;
	const rss = new Map();
	const children = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let status;
		try {
			status = readFileSync(`/proc/${name}/status`, 'utf8');
		} catch {
			continue; // the process ended while the table was read
		}
		const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
		rss.set(Number(name), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
		if (!children.has(ppid)) children.set(ppid, []);
		children.get(ppid).push(Number(name));
	}
	let total = 0;
	let largest = 0;
	const walk = (pid) => {
		const bytes = rss.get(pid) ?? 0;
		total += bytes;
		largest = Math.max(largest, bytes);
		for (const child of children.get(pid) ?? []) walk(child);
	};
	walk(rootPid);
	return { total, largest };
}

/** Runs one build, sampling memory every 100 ms; resolves with its output and the peaks. */
function build(dir) {
	// `npm run build`'s two steps: astro build, then the search index in its own process.
	const script = `"${process.execPath}" "${join(ROOT, 'node_modules/astro/bin/astro.mjs')}" build --root "${dir}" && "${process.execPath}" --experimental-strip-types "${join(ROOT, 'scripts/pagefind.ts')}" "${join(dir, 'dist')}"`;
	const child = spawn('sh', ['-c', script], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOCIAL_CARDS: 'off' },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const peak = { total: 0, largest: 0, sampled: false };
	const timer = setInterval(() => {
		const now = treeRss(child.pid);
		if (!now) return;
		peak.sampled = true;
		peak.total = Math.max(peak.total, now.total);
		peak.largest = Math.max(peak.largest, now.largest);
	}, 100);
	return new Promise((resolve) => {
		child.on('close', (status) => {
			clearInterval(timer);
			resolve({ status, output, peak });
		});
	});
}

/** Seconds spent in each phase, read from Astro's and our integrations' log lines. */
function phases(log) {
	const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
	const seconds = (text) => {
		if (!text) return NaN;
		const m = /(?:(\d+)m\s*)?([\d.]+)\s*(m?s)/.exec(text);
		if (!m) return NaN;
		return Number(m[1] ?? 0) * 60 + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
	};
	return {
		bundle: seconds(/\[vite\] ✓ built in ([^\n]+)/.exec(plain)?.[1]),
		generate: seconds(/generating static routes[\s\S]*?Completed in ([^\n]+)/.exec(plain)?.[1]),
		search: seconds(/pagefind\/ in (\d+ ms)/.exec(plain)?.[1]),
	};
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
const rows = [];
for (const n of SIZES) {
	const dir = makeSite(synthetic(n));
	const started = performance.now();
	const result = await build(dir);
	const wall = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		console.error(result.output.slice(-5000));
		throw new Error(`build of ${n} entries failed`);
	}
	const dist = join(dir, 'dist');
	const pages = Number(
		execFileSync('sh', ['-c', `find "${dist}" -name '*.html' | wc -l`], { encoding: 'utf8' }).trim(),
	);
	// Error pages are folders (errors/<id>/index.html); their Markdown twins (errors/<id>.md) sit beside them.
	const errorPages = readdirSync(join(dist, 'errors'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name);
	const sample = errorPages.slice(0, 50).map((d) => statSync(join(dist, 'errors', d, 'index.html')).size);
	const phase = phases(result.output);
	const fixed = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
	rows.push({
		entries: n,
		pages,
		wall: wall.toFixed(1),
		pps: (pages / wall).toFixed(0),
		largest: result.peak.sampled ? mb(result.peak.largest) : 'n/a',
		total: result.peak.sampled ? mb(result.peak.total) : 'n/a',
		dist: `${(duBytes(dist) / 1048576).toFixed(1)} MB`,
		page: `${(sample.reduce((a, b) => a + b, 0) / sample.length / 1024).toFixed(1)} KB`,
		bundle: fixed(phase.bundle),
		generate: fixed(phase.generate),
		search: fixed(phase.search),
	});
	if (KEEP) {
		writeFileSync(join(dir, 'build.log'), result.output);
		console.log(`kept ${dir} (build log in build.log)`);
	} else rmSync(dir, { recursive: true, force: true });
}

const table = (columns) => {
	console.log(columns.map(([title]) => title).join(' | '));
	console.log(columns.map(([title]) => '-'.repeat(title.length)).join(' | '));
	for (const r of rows) console.log(columns.map(([title, key]) => String(r[key]).padStart(title.length)).join(' | '));
};
console.log(
	'\nBuild at scale (synthetic entries on top of the real ones; the build includes the search index; social cards off)',
);
table([
	['entries', 'entries'],
	['pages', 'pages'],
	['wall s', 'wall'],
	['pages/s', 'pps'],
	['peak RSS, largest process', 'largest'],
	['peak RSS, all processes', 'total'],
	['dist size', 'dist'],
	['mean error page (HTML)', 'page'],
]);
console.log('\nWhere the time goes (seconds; the rest is start-up, content sync, sitemap and short links)');
table([
	['entries', 'entries'],
	['bundle (Vite, one module per MDX entry)', 'bundle'],
	['generate pages', 'generate'],
	['search index (Pagefind)', 'search'],
]);
