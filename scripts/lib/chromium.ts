/**
 * The Chromium every browser run uses (Playwright tests, benchmarks, screenshots): $CHROMIUM_PATH,
 * else a system Chromium on PATH, else Playwright's own browser; otherwise one clear sentence.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function systemChromium(): string | undefined {
	for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
		try {
			const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
			if (found) return found;
		} catch {
			// not on PATH; try the next name
		}
	}
	return undefined;
}

function playwrightChromium(): string | undefined {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

export function resolveChromium(): string {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
		return fromEnv;
	}
	const found = systemChromium() ?? playwrightChromium();
	if (!found) {
		throw new Error(
			'No Chromium found: set CHROMIUM_PATH, install one (apt-get install chromium), or run `npx playwright install chromium`.',
		);
	}
	return found;
}
