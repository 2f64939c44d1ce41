/**
 * Every built page is valid HTML (html-validate, its recommended rules where they concern
 * correctness) and every internal link and anchor resolves. Redirect pages are Astro's own
 * template and are checked by seo.test.ts instead.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { checkLinks } from '../../scripts/lib/links.ts';
import { builtBase, builtPages, DIST } from '../fixtures/built-site.ts';

const pages = builtPages().filter((p) => p.refresh === undefined);

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Tailwind's arbitrary variants (`[&>p]:mt-2`) and Astro's compressed output are valid, but trip these style rules.
		'attribute-empty-style': 'off',
		'no-inline-style': 'off',
		'long-title': 'off',
		'no-trailing-whitespace': 'off',
		'void-style': 'off',
		'attr-quotes': 'off',
		'no-redundant-role': 'off',
		'prefer-native-element': 'off',
		'unique-landmark': 'off',
		'text-content': 'off',
		// The index's filter form applies each change as it happens and is hidden without JavaScript:
		// a submit button would do nothing the controls have not already done.
		'wcag/h32': 'off',
	},
});

describe('every built page', () => {
	it('is valid HTML', async () => {
		assert.ok(pages.length > 50, `only ${pages.length} pages in dist/`);
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateString(page.html, page.path);
			for (const result of report.results) {
				for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
			}
		}
		assert.deepEqual(problems, []);
	});

	it('links only to pages, files and anchors that exist', () => {
		const problems = checkLinks(DIST, builtBase()).map((p) => `${p.page}: ${p.link} (${p.reason})`);
		assert.deepEqual(problems, []);
	});
});
