/** `/changes.xml`: the Atom feed of changes to entries (src/lib/changes.ts), for feed readers. */
import type { APIRoute } from 'astro';
import { atomFeed, changeLog, dayAnchor } from '../lib/changes.ts';
import { getErrors } from '../lib/entries.ts';
import { CHANGES_PATH, errorPath, FEED_PATH } from '../lib/paths.ts';
import { absoluteUrl, SITE_NAME } from '../lib/seo.ts';

export const GET: APIRoute = ({ site }) => {
	const url = (path: string) => absoluteUrl(path, site);
	const xml = atomFeed(changeLog(getErrors()), {
		title: `${SITE_NAME}: what changed`,
		author: SITE_NAME,
		self: url(FEED_PATH),
		page: url(CHANGES_PATH),
		errorUrl: (id) => url(errorPath(id)),
		dayUrl: (date) => `${url(CHANGES_PATH)}#${dayAnchor(date)}`,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
