/** `/errors.schema.json`: JSON Schema of `/errors.json`, generated from its Zod schema in src/lib/error-export.ts. */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../lib/error-export.ts';
import { EXPORT_SCHEMA_PATH } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/seo.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(exportJsonSchema(absoluteUrl(EXPORT_SCHEMA_PATH, site)), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
