/**
 * Prints the reports behind the evaluation pastes (tests/fixtures/pastes/eval/), one URL per
 * line and nothing else: whoever writes entries or development pastes checks that they cite
 * none of them, without reading the pastes themselves (the evaluation part is never tuned on).
 *
 *   node --experimental-strip-types scripts/eval-sources.ts
 */
import { readdirSync } from 'node:fs';

const folder = new URL('../tests/fixtures/pastes/eval/', import.meta.url);
const urls = new Set<string>();
for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
	const mod = (await import(new URL(file, folder).href)) as Record<string, unknown>;
	for (const value of Object.values(mod)) {
		if (!Array.isArray(value)) continue;
		for (const item of value as { source?: unknown }[]) {
			for (const url of String(item.source ?? '').match(/https?:\/\/[^\s)\]'"]+/g) ?? [])
				urls.add(url.replace(/[.,;]+$/, ''));
		}
	}
}
console.log([...urls].sort().join('\n'));
