/**
 * `/opensearch.xml`: an OpenSearch 1.1 description, so browsers offer to search this site from
 * the address bar. Searches open `/search/?q=…`, which works with or without JavaScript. Every
 * page links this file from its head (`<link rel="search">`). URLs are absolute, on the
 * configured site and base path, as the specification requires.
 */
import type { APIRoute } from 'astro';
import { OPENSEARCH_PATH, SEARCH_PATH } from '../lib/paths.ts';
import { absoluteUrl, SITE_NAME } from '../lib/seo.ts';

/** OpenSearch limits ShortName to 16 characters. */
export const OPENSEARCH_SHORT_NAME = 'IG API Errors';
const DESCRIPTION = `Search ${SITE_NAME} by error code, subcode, message or a pasted error.`;

const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

export const GET: APIRoute = ({ site }) => {
	const url = (path: string) => absoluteUrl(path, site);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(OPENSEARCH_SHORT_NAME)}</ShortName>
  <Description>${escapeXml(DESCRIPTION)}</Description>
  <LongName>${escapeXml(SITE_NAME)}</LongName>
  <InputEncoding>UTF-8</InputEncoding>
  <OutputEncoding>UTF-8</OutputEncoding>
  <Language>en</Language>
  <Url type="text/html" method="get" template="${escapeXml(url(SEARCH_PATH))}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(url(OPENSEARCH_PATH))}"/>
  <moz:SearchForm>${escapeXml(url(SEARCH_PATH))}</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
