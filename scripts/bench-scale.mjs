/**
 * Build-at-scale benchmark: generates synthetic error entries (realistic frontmatter and bodies,
 * modelled on real entries) into temporary sites, never into content/, builds each with the search
 * index, and prints wall time, pages per second, peak memory and dist size.
 *   node scripts/bench-scale.mjs [30 1000 5000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
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
		const data = {
			...t.data,
			code: id,
			title: `${t.data.title} (variant ${i})`.slice(0, 80),
			description: `Synthetic subcode ${id}: ${t.data.description}`.slice(0, 200),
			graph: [{ code: 100 + (i % 50), subcode: 9_000_000 + i }],
			messages: [{ text: `Synthetic benchmark message ${i} for ${t.data.title}`, field: 'message', source: 'public-reports' }],
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
	// The FAQ comes along, without its links to real entries (the synthetic set has other ids).
	mkdirSync(join(dir, 'content/faq'), { recursive: true });
	for (const name of readdirSync(join(ROOT, 'content/faq'))) {
		const text = readFileSync(join(ROOT, 'content/faq', name), 'utf8');
		writeFileSync(join(dir, 'content/faq', name), text.replace(/^related:.*(\n\s+-.*)*$/m, 'related: []'));
	}
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

const hasGnuTime = existsSync('/usr/bin/time');
const rows = [];
for (const n of SIZES) {
	const dir = makeSite(synthetic(n));
	const astro = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir];
	const cmd = hasGnuTime ? ['/usr/bin/time', ['-f', 'BENCH %e %M', process.execPath, ...astro]] : [process.execPath, astro];
	const started = performance.now();
	// Social cards (about 50 ms each, cached between real builds) are skipped: SOCIAL_CARDS=off exists for this benchmark.
	const result = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOCIAL_CARDS: 'off' }, maxBuffer: 1 << 28 });
	const wall = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
		throw new Error(`build of ${n} entries failed`);
	}
	const rss = /BENCH [\d.]+ (\d+)/.exec(result.stderr)?.[1];
	const dist = join(dir, 'dist');
	const pages = Number(execFileSync('sh', ['-c', `find "${dist}" -name '*.html' | wc -l`], { encoding: 'utf8' }).trim());
	const errorPages = readdirSync(join(dist, 'errors')).filter((d) => d !== 'index.html');
	const sample = errorPages.slice(0, 50).map((d) => statSync(join(dist, 'errors', d, 'index.html')).size);
	rows.push({
		entries: n,
		pages,
		wall: wall.toFixed(1),
		pps: (pages / wall).toFixed(0),
		rss: rss ? `${(Number(rss) / 1024).toFixed(0)} MB` : 'n/a',
		dist: `${(duBytes(dist) / 1048576).toFixed(1)} MB`,
		page: `${(sample.reduce((a, b) => a + b, 0) / sample.length / 1024).toFixed(1)} KB`,
	});
	rmSync(dir, { recursive: true, force: true });
}

console.log('\nBuild at scale (synthetic entries; build includes the search index)');
console.log('entries | pages | wall s | pages/s | peak RSS | dist size | mean error page (HTML)');
console.log('------- | ----- | ------ | ------- | -------- | --------- | ----------------------');
for (const r of rows) console.log(`${String(r.entries).padStart(7)} | ${String(r.pages).padStart(5)} | ${r.wall.padStart(6)} | ${r.pps.padStart(7)} | ${r.rss.padStart(8)} | ${r.dist.padStart(9)} | ${r.page}`);
