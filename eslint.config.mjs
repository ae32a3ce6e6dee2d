// One linter configuration for the whole code base (ESLint flat config with
// typescript-eslint's recommended rules, without type information so it stays
// fast), plus the house style: braces and names.
// Formatting (Prettier or similar) is deliberately not enforced yet.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
	{
		ignores: ['dist/**', 'node_modules/**', '.e2e/**', '.vscode-test/**', 'test/fixtures/**/*.js', 'test/e2e/workspace/**', '**/*.d.ts'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.js'],
		languageOptions: {
			ecmaVersion: 2022,
			sourceType: 'module',
			globals: {
				console: 'readonly',
				process: 'readonly',
				Buffer: 'readonly',
				__dirname: 'readonly',
				setTimeout: 'readonly',
				clearTimeout: 'readonly',
				setInterval: 'readonly',
				clearInterval: 'readonly',
				setImmediate: 'readonly',
				URL: 'readonly',
				TextDecoder: 'readonly',
				TextEncoder: 'readonly',
			},
		},
		rules: {
			// House style, braces: a body on the same line may go without braces
			// (`if (!x) return;`); a body on its own lines always has them.
			curly: ['error', 'multi-line'],
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			// House style, names: camelCase values, PascalCase types, UPPER_CASE
			// allowed for constants; object keys are data (kind ids, file names).
			'@typescript-eslint/naming-convention': [
				'error',
				{ selector: 'default', format: ['camelCase'], leadingUnderscore: 'allow' },
				{ selector: 'variable', format: ['camelCase', 'UPPER_CASE', 'PascalCase'], leadingUnderscore: 'allow' },
				{ selector: 'function', format: ['camelCase', 'PascalCase'] },
				{ selector: 'parameter', format: ['camelCase', 'PascalCase'], leadingUnderscore: 'allow' },
				{ selector: 'typeLike', format: ['PascalCase'] },
				{ selector: 'enumMember', format: ['PascalCase', 'UPPER_CASE'] },
				{ selector: ['objectLiteralProperty', 'typeProperty', 'objectLiteralMethod', 'classProperty'], format: null },
				{ selector: 'import', format: null },
			],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	{
		// Regular expressions of the shipped code run on user text: a pattern
		// that backtracks super-linearly lets one crafted line block the server
		// or the CLI (test/unit/regexBudget.test.ts runs them on attack strings
		// as well). Scripts and tests read our own, trusted text.
		files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'scripts/action/**/*.mjs'],
		plugins: { regexp },
		rules: {
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error',
			'regexp/no-misleading-capturing-group': 'error',
		},
	},
	{
		// Plain CommonJS scripts run by a Node without our loader (the Windows relay under wine).
		files: ['test/windows/*.js'],
		languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
