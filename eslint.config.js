import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-demo/', 'storybook-static/', 'coverage/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', '*.config.{js,mjs,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Test fixtures define throwaway elements and stub globals on purpose.
    files: ['test/**/*.ts'],
    rules: {
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
