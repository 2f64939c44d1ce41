/**
 * axe in both colour schemes on one loaded page: every WCAG 2.2 AA and best-practice rule in the
 * light scheme, then, in the dark scheme, the rules whose outcome depends on colour. The schemes
 * share markup and differ only in custom-property colours, so running every structural rule twice
 * would find the same things twice at twice the cost.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules that read colours: contrast of text, and links told apart from text by colour alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Violations as short lines ("dark: color-contrast .badge | …"); an empty list means none. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		let builder = new AxeBuilder({ page });
		if (include) builder = builder.include(include);
		builder = colorScheme === 'light' ? builder.withTags(TAGS) : builder.withRules(COLOUR_RULES);
		const { violations } = await builder.analyze();
		for (const v of violations) {
			const targets = v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ');
			found.push(`${colorScheme}: ${v.id} (${v.impact}) ${targets}`);
		}
	}
	return found;
}
