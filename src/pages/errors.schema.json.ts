/** `/errors.schema.json`: JSON Schema of `/errors.json`, generated from its Zod schema in src/lib/error-export.ts. */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../lib/error-export.ts';
import { canonicalUrl } from '../lib/seo.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(
		`${JSON.stringify(exportJsonSchema(canonicalUrl('/errors.schema.json', site ?? 'http://localhost/', import.meta.env.BASE_URL)), null, '\t')}\n`,
		{ headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
	);
