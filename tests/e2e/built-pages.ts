/**
 * Every HTML page in the built site (dist/), with what its <head> says, for the SEO checks.
 * Parsing is deliberately separate from src/lib/sitemap.ts so the tests do not reuse the code
 * they check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import config from '../../astro.config.mjs';
import { DIST } from './site.ts';

/** The configured site origin and base, as the build saw them. */
export const SITE = String(config.site);
export const BASE = (config.base ?? '/').replace(/\/?$/, '/');

/** Absolute URL of a site path (without base) on the configured site. */
export const onSite = (path: string) => new URL(`${BASE}${path.replace(/^\//, '')}`, SITE).href;

/** Site path (without base) of an absolute URL on the configured site, or null if it is elsewhere. */
export function sitePath(url: string): string | null {
	const root = onSite('/');
	return url.startsWith(root) ? `/${url.slice(root.length)}` : null;
}

export interface BuiltPage {
	/** Site path without base: "/errors/2207026/", "/404.html". */
	path: string;
	html: string;
	title: string | undefined;
	description: string | undefined;
	canonical: string | undefined;
	noindex: boolean;
	/** The target of a meta refresh, if any. */
	refresh: string | undefined;
	/** `property` or `name` → content, for og:* and twitter:* tags. */
	meta: Map<string, string>;
	/** Raw text of each application/ld+json block. */
	jsonLd: string[];
}

const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

function attrs(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]!.toLowerCase()] = decode(m[2]!);
	return out;
}

/** Plain text of an HTML fragment. */
export const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

function parse(path: string, html: string): BuiltPage {
	const head = html.slice(0, html.indexOf('</head>'));
	const meta = new Map<string, string>();
	let description: string | undefined;
	let canonical: string | undefined;
	let noindex = false;
	let refresh: string | undefined;
	for (const [tag] of head.matchAll(/<(meta|link)\b[^>]*>/g)) {
		const a = attrs(tag);
		if (tag.startsWith('<link') && a['rel'] === 'canonical') canonical = a['href'];
		if (a['name'] === 'description') description = a['content'];
		if (a['name'] === 'robots' && a['content']?.includes('noindex')) noindex = true;
		if (a['http-equiv'] === 'refresh') refresh = /url=(.*)$/i.exec(a['content'] ?? '')?.[1]?.trim();
		const key = a['property'] ?? a['name'];
		if (key && /^(og|twitter|article):/.test(key) && a['content'] !== undefined) meta.set(key, a['content']);
	}
	const title = /<title>([\s\S]*?)<\/title>/.exec(head)?.[1];
	const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	return { path, html, title: title === undefined ? undefined : decode(title), description, canonical, noindex, refresh, meta, jsonLd };
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const full = join(dir, d.name);
		if (d.isDirectory()) return d.name === '_astro' || d.name === 'pagefind' ? [] : walk(full);
		return d.name.endsWith('.html') ? [full] : [];
	});
}

/** Every HTML page in dist/. */
export function builtPages(): BuiltPage[] {
	return walk(DIST).map((file) => {
		const rel = relative(DIST, file).split(sep).join('/');
		const path = rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
		return parse(path, readFileSync(file, 'utf8'));
	});
}
