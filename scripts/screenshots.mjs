/**
 * Screenshots of built pages in both colour schemes at phone and desktop widths, for a look
 * before calling a page done. Serve dist/ first (npm run preview), then:
 *   node --experimental-strip-types scripts/screenshots.mjs [--base http://127.0.0.1:4321] [--out /tmp/shots] /errors/2207026/ /
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { resolveChromium } from './lib/chromium.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(name);
	if (i === -1) return fallback;
	const [value] = args.splice(i, 2).slice(1);
	return value;
};
const base = option('--base', 'http://127.0.0.1:4321');
const out = option('--out', '/tmp/shots');
const paths = args.length ? args : ['/'];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath: resolveChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const scheme of ['light', 'dark']) {
	for (const width of [360, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
		for (const path of paths) {
			await page.goto(new URL(path, base).href);
			const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
			await page.screenshot({ path: `${out}/${name}`, fullPage: true });
			console.log(`${out}/${name}`);
		}
		await page.close();
	}
}
await browser.close();
