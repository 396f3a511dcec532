// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'content/', 'tests/**/__snapshots__/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	prettier,
	// Tests read JSON fixtures and built files whose shape they check themselves.
	{ files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Prettier wraps code at 120; prose in strings and templates is left whole, as Prettier leaves it.
			'max-len': [
				'error',
				{
					code: 120,
					tabWidth: 2,
					ignoreStrings: true,
					ignoreTemplateLiterals: true,
					ignoreUrls: true,
					ignoreRegExpLiterals: true,
				},
			],
		},
	},
);
