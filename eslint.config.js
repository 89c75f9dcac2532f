// ESLint 9 flat config: rules that catch bugs, not style (formatting is Prettier's).
// @eslint/js and typescript-eslint's recommended sets, plus the type-aware rules
// for promises that are never awaited or passed where a callback is expected.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', 'coverage/', 'tests/e2e/screenshots/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    rules: {
      // Unused variables are bugs; a leading underscore says "unused on purpose".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Non-null assertions are how this codebase reads arrays under noUncheckedIndexedAccess.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (scripts, the CLI's bin, e2e tests) runs in Node: no type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly', performance: 'readonly', structuredClone: 'readonly',
        TextEncoder: 'readonly', TextDecoder: 'readonly', AbortController: 'readonly', queueMicrotask: 'readonly', globalThis: 'readonly',
        document: 'readonly', window: 'readonly', navigator: 'readonly', location: 'readonly', __dirname: 'readonly',
      },
    },
  },
  {
    // End-to-end tests pass functions to the page and the extension (page.evaluate): they run there.
    files: ['tests/e2e/**/*.mjs'],
    languageOptions: {
      globals: { CSS: 'readonly', chrome: 'readonly', getComputedStyle: 'readonly', innerHeight: 'readonly', scrollTo: 'readonly', indexedDB: 'readonly' },
    },
  },
);
