/**
 * Playwright runs against the built site (`dist/`, built once by `npm test`), served by
 * `astro preview` with the headers of public/_headers applied (see
 * src/integrations/preview-headers.ts), so every browser test runs under the site's
 * Content-Security-Policy. The browser: $CHROMIUM_PATH, else a system Chromium, else Playwright's own.
 */
import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from '../scripts/lib/chromium.ts';

const PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

const launchOptions = {
	executablePath: resolveChromium(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};

export default defineConfig({
	testDir: './e2e',
	// Its own folder: Playwright empties outputDir at the start, and test-results/ also holds the node tests' reports.
	outputDir: '../test-results/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: '../test-results/results.json' }]],
	timeout: 60_000,
	use: { baseURL: BASE_URL, trace: 'off', launchOptions },
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /nojs\.spec\.ts/ },
		{
			name: 'chromium-nojs',
			use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false },
			testMatch: /nojs\.spec\.ts/,
		},
	],
	webServer: {
		command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		cwd: '..',
		url: `${BASE_URL}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
