/**
 * `astro preview` serves the built site with the headers of `public/_headers` that apply to
 * every path (`/*`: the Content-Security-Policy and friends), so what the tests see is what a
 * host that reads the file serves. Path-specific blocks (cache lifetimes) change no behaviour
 * and are left to the host. `astro dev` is left alone: Vite's client needs inline scripts.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** The headers of the `/*` block of a `_headers` file. */
function siteWideHeaders(text: string): Record<string, string> {
	const headers: Record<string, string> = {};
	let inBlock = false;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) inBlock = line.trim() === '/*';
		else if (inBlock) {
			const colon = line.indexOf(':');
			headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return headers;
}

export default function previewHeaders(): AstroIntegration {
	return {
		name: 'site:preview-headers',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'preview') return;
				const text = readFileSync(new URL('_headers', config.publicDir), 'utf8');
				updateConfig({ server: { headers: siteWideHeaders(text) } });
			},
		},
	};
}
