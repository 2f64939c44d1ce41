/**
 * Internal link checking over a built site: every `href`/`src` that points inside the site
 * (root-relative, relative, or a bare `#fragment`) must resolve to a built file, and every
 * fragment to an element id in the target page. Pure Node (fs only); used by the Playwright
 * quality gates and by the sub-path build test.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities } from '../../src/lib/text.ts';

interface LinkProblem {
	/** The page the link is on, relative to the site root ("errors/2207026/index.html"). */
	page: string;
	link: string;
	reason: string;
}

function listFiles(dir: string, ext: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (full.endsWith(ext)) out.push(full);
		}
	};
	walk(dir);
	return out.sort();
}

/** Ids defined in an HTML document. */
function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

/** Link targets in an HTML document: href and src attributes, excluding JSON-LD and inline script text. */
function linksOf(html: string): string[] {
	const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) =>
		tag.replace(/>[\s\S]*<\/script>/i, '></script>'),
	);
	return [...markup.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
}

/**
 * Check every internal link of every HTML page under `dist`. `base` is the configured base path
 * ("/" or "/ref/"): root-relative links must start with it.
 */
export function checkLinks(dist: string, base = '/'): LinkProblem[] {
	const root = base.endsWith('/') ? base : `${base}/`;
	const problems: LinkProblem[] = [];
	const idCache = new Map<string, Set<string>>();
	const ids = (file: string) => {
		let set = idCache.get(file);
		if (!set) {
			set = idsOf(readFileSync(file, 'utf8'));
			idCache.set(file, set);
		}
		return set;
	};

	/** The built file a site path resolves to, or undefined. */
	const resolveFile = (pathname: string): string | undefined => {
		if (!pathname.startsWith(root)) return undefined;
		const rel = decodeURIComponent(pathname.slice(root.length));
		const candidates =
			rel === '' || rel.endsWith('/')
				? [join(dist, rel, 'index.html')]
				: [join(dist, rel), join(dist, rel, 'index.html'), join(dist, `${rel}.html`)];
		return candidates.find((c) => existsSync(c) && statSync(c).isFile());
	};

	for (const file of listFiles(dist, '.html')) {
		const page = relative(dist, file).split(sep).join('/');
		const pageUrl = new URL(`http://site${root}${page.replace(/(^|\/)index\.html$/, '$1')}`);
		const html = readFileSync(file, 'utf8');
		for (const link of linksOf(html)) {
			if (/^(https?:|mailto:|data:|tel:)/i.test(link) || link.startsWith('//')) continue;
			if (/^javascript:/i.test(link)) {
				problems.push({ page, link, reason: 'javascript: URL' });
				continue;
			}
			if (link === '') {
				problems.push({ page, link, reason: 'empty link' });
				continue;
			}
			const url = new URL(link, pageUrl);
			const target = link.startsWith('#') ? file : resolveFile(url.pathname);
			if (!target) {
				problems.push({ page, link, reason: `no built file for ${url.pathname}` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
				problems.push({ page, link, reason: `no element with id "${fragment}" in ${relative(dist, target)}` });
			}
		}
	}
	return problems;
}
