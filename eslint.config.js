// ESLint flat config: typescript-eslint's recommended rules, plus the core's purity boundary.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const CORE_PURE = ['exceljs', 'react', 'react-dom', '@fluentui/*', 'fs', 'node:*', 'path', '**/adapters/**', '**/cli/**', '**/taskpane/**'];
const FEATURES = ['layout', 'rules', 'prefill', 'import', 'explain', 'export', 'consolidate', 'plans', 'template', 'workflows'];
/** Each core folder and the folders it must not import from. */
const CORE_LAYERS = {
  model: ['compute', ...FEATURES],
  compute: FEATURES,
  layout: FEATURES.filter((f) => f !== 'layout'),
  rules: FEATURES.filter((f) => f !== 'rules'),
  explain: FEATURES.filter((f) => f !== 'explain'),
  import: FEATURES.filter((f) => !['import', 'layout'].includes(f)),
  prefill: FEATURES.filter((f) => !['prefill', 'layout'].includes(f)),
  plans: FEATURES.filter((f) => f !== 'plans'),
};

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
      'no-restricted-imports': ['error', { patterns: CORE_PURE }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window', 'process'],
    },
  },
  // The core's folders import downward only (docs/architecture.md): the model and compute at the bottom; the rules,
  // the explanation, the import and the layout from them, never from each other's folders; the workflows on top.
  ...Object.entries(CORE_LAYERS).map(([folder, forbidden]) => ({
    files: [`src/core/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PURE, ...forbidden.map((f) => `**/${f}/*`)] }] },
  })),
);
