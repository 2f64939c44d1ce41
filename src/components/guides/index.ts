/**
 * The components a guide body (content/guides/*.mdx) can use without importing them; the guide
 * page passes this map to the MDX content. Each has a Markdown form in lib/guides.ts (the names
 * are the same list, GuideComponentName), for the guide's Markdown version.
 */
import type { GuideComponentName } from '../../lib/guides.ts';
import ActionBadge from '../error/ActionBadge.astro';
import Count from './Count.astro';
import ErrorLink from './ErrorLink.astro';
import RetryClasses from './RetryClasses.astro';
import RetryTable from './RetryTable.astro';
import SiteLink from './SiteLink.astro';
import StageList from './StageList.astro';
import StageSection from './StageSection.astro';

export const guideComponents = {
	ActionBadge,
	Count,
	ErrorLink,
	RetryClasses,
	RetryTable,
	SiteLink,
	StageList,
	StageSection,
} satisfies Record<GuideComponentName, unknown>;
