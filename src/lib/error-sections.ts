/**
 * The sections of an error page, in order: the three the MDX body writes itself, then the ones the
 * page builds from frontmatter. The page's headings and "On this page" list, its Markdown twin,
 * the content rules (every body has exactly the body sections, in order) and the tests read this
 * one list.
 *
 * Pure module.
 */

export interface Section {
	/** The heading's id on the page (the slug Astro gives the body's headings). */
	readonly id: string;
	/** The heading text. */
	readonly text: string;
	/** A shorter label for "On this page", where the heading is long. */
	readonly short?: string;
}

/** The `##` headings every error body has, in this order and no others. */
export const BODY_SECTIONS = [
	{ id: 'what-happened', text: 'What happened' },
	{ id: 'what-to-do', text: 'What to do' },
	{ id: 'what-not-to-do', text: 'What not to do' },
] as const satisfies readonly Section[];

/** The sections the page adds after the body, from frontmatter. */
export const PAGE_SECTIONS = {
	customer: { id: 'message-for-the-customer', text: 'Message for the customer' },
	escalate: { id: 'before-you-escalate', text: 'Before you escalate to Meta', short: 'Before you escalate' },
	reports: { id: 'how-meta-reports-it', text: 'How Meta reports it' },
	related: { id: 'related', text: 'Related errors' },
	sources: { id: 'sources', text: 'Sources' },
} as const satisfies Record<string, Section>;

/** Every section of an error page, in page order. */
export const ERROR_SECTIONS: readonly Section[] = [...BODY_SECTIONS, ...Object.values(PAGE_SECTIONS)];
