/**
 * `npm run bench`: runs each benchmark script in turn; each prints its own figures. Add a
 * benchmark by adding its file to BENCHES. Needs a built site (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// bench-scale.mjs is left out: it builds thousands of synthetic pages and takes minutes; run it on its own.
const BENCHES = ['bench-filters.mjs', 'bench-search.mjs'];

let failed = 0;
for (const name of BENCHES) {
	console.log(`\n== ${name}`);
	const { status } = spawnSync(process.execPath, ['--experimental-strip-types', fileURLToPath(new URL(name, import.meta.url))], { stdio: 'inherit' });
	if (status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
