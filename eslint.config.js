// ESLint flat config: typescript-eslint's recommended rules, plus the core's purity boundary.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'samples/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, Office: 'readonly', Excel: 'readonly' } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core knows nothing of Office, the DOM, React, exceljs or files.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'fs', 'node:*', 'path', '**/adapters/**', '**/cli/**', '**/taskpane/**'] },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window', 'process'],
    },
  },
);
