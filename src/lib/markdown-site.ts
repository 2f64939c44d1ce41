/**
 * The site facts the Markdown routes and llms.txt need (name, summary, absolute URLs, entry
 * lookup), built once from the configured origin and base and the entries.
 */
import { getErrors } from './entries.ts';
import type { MarkdownSite } from './markdown.ts';
import { absoluteUrl, SITE_NAME, SITE_TAGLINE } from './seo.ts';

const byId = new Map(getErrors().map((e) => [e.id, { code: e.data.code, title: e.data.title }]));

/** `site` is the endpoint's `context.site` (the configured SITE_URL). */
export function markdownSite(site: URL | undefined): MarkdownSite {
	const origin = site ?? new URL('http://localhost/');
	return {
		name: SITE_NAME,
		summary: SITE_TAGLINE,
		absolute: (path) => absoluteUrl(path, origin),
		lookup: (id) => byId.get(id),
	};
}

/** A Markdown response. Static hosts pick the type from the `.md` extension; this is for the dev server. */
export const markdownResponse = (text: string) =>
	new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
