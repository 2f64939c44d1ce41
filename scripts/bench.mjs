/**
 * `npm run bench`: runs each benchmark script in turn; each prints its own figures. Add a
 * benchmark by adding its file to BENCHES. Needs a built site (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** [script, ...extra node flags]. Lighthouse takes a few minutes; the scale benchmark, last, takes more. */
const BENCHES = [
	['bench-weight.mjs', '--experimental-strip-types'],
	['bench-search.mjs', '--experimental-strip-types'],
	['bench-filters.mjs', '--experimental-strip-types'],
	['bench-decode.ts', '--experimental-strip-types'],
	['bench-lighthouse.mjs', '--experimental-strip-types'],
	['bench-scale.mjs'],
];

let failed = 0;
for (const [name, ...flags] of BENCHES) {
	console.log(`\n== ${name}`);
	const { status } = spawnSync(process.execPath, [...flags, fileURLToPath(new URL(name, import.meta.url))], {
		stdio: 'inherit',
	});
	if (status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
