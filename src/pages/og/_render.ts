/**
 * Draws a social card: Satori lays the tree out as SVG with fonts from @fontsource packages (no
 * network), resvg turns it into a PNG. Each PNG is cached by a hash of its tree, so a rebuild only
 * draws the cards whose code, title, action, stage or design changed. (Leading `_`: not a route.)
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from '../../lib/social-card.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = [
	{ name: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
	{ name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
	{ name: 'Mono', weight: 700, file: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-700-normal.woff' },
] as const;
/** Bump when the drawing itself changes in a way the tree does not show (fonts, renderer options). */
const RENDER_VERSION = 1;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.astro', 'social-cards');

let fonts: Promise<{ name: string; weight: 400 | 700; style: 'normal'; data: Buffer }[]> | undefined;
const loadFonts = () =>
	(fonts ??= Promise.all(
		FONT_FILES.map(async (f) => ({
			name: f.name,
			weight: f.weight,
			style: 'normal' as const,
			data: await readFile(require.resolve(f.file)),
		})),
	));

export async function renderCard(tree: CardNode): Promise<Uint8Array<ArrayBuffer>> {
	const key = createHash('sha256')
		.update(JSON.stringify([RENDER_VERSION, FONT_FILES, tree]))
		.digest('hex')
		.slice(0, 32);
	const cached = join(CACHE_DIR, `${key}.png`);
	try {
		return new Uint8Array(await readFile(cached));
	} catch {
		// not drawn yet
	}
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: await loadFonts(),
	});
	const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
	await mkdir(CACHE_DIR, { recursive: true });
	await writeFile(cached, png);
	return new Uint8Array(png);
}
