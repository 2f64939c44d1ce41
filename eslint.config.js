// ESLint: TypeScript and Astro files, with Prettier owning formatting (eslint-config-prettier).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'content/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a value kept on purpose (a destructured field left out).
			// Patterns that strip terminal colour codes and binary garbage from pasted text match control characters on purpose.
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		// The search and decoder views are wiring plus small builders; a function that outgrows a
		// screen is doing two things. The paste reader's parser and matcher (src/lib/paste/) are
		// single passes over the input and are left out.
		files: [
			'src/components/answer/**/*.ts',
			'src/components/decoder/**/*.ts',
			'src/components/search/**/*.ts',
			'src/lib/decode.ts',
			'src/lib/search/**/*.ts',
		],
		rules: { 'max-lines-per-function': ['error', { max: 60 }] },
	},
	prettier,
);
