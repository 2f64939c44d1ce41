/**
 * The frontmatter schema of a guide (`content/guides/<id>.mdx`). The file name is the guide's
 * id and URL (`/guides/<id>/`). The MDX body is the guide; it may use the components the guide
 * page passes (ErrorLink, ActionBadge, RetryTable, RetryClasses, StageSection, StageList,
 * ErrorCount) without importing them.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from './taxonomy.ts';

export const guideSchema = z
	.object({
		/** The guide's heading (h1) and the start of its <title>. */
		title: z.string().trim().min(10).max(120),
		/** A short label for navigation and breadcrumbs ("Retry safety"). */
		short: z.string().trim().min(3).max(40),
		/** The meta description and the summary on /guides/. */
		description: z.string().trim().min(50).max(200),
		/** Position on /guides/ and in navigation, ascending. */
		order: z.number().int().nonnegative(),
		/** The date the prose was last checked against its sources (YYYY-MM-DD). */
		updated: z.coerce.date(),
		/** Sources behind the prose (taxonomy.ts SOURCES ids). */
		sources: z.array(z.enum(SOURCE_IDS)).min(1),
		/** Ids of error entries the guide discusses; each must exist. */
		related: z.array(z.string().trim().min(1)).default([]),
	})
	.strict();

export type GuideData = z.output<typeof guideSchema>;
