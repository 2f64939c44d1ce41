/**
 * `/errors.json`: every entry as data, built from the same content as the pages. Its shape is
 * defined and documented in src/lib/error-export.ts and on the `/api/` page; the decoder page
 * fetches this file rather than carrying a second copy.
 */
import type { APIRoute } from 'astro';
import { getErrors } from '../lib/entries.ts';
import { buildExport } from '../lib/error-export.ts';
import { errorPath, withBase } from '../lib/paths.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(buildExport(getErrors(), (id) => withBase(errorPath(id)))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
