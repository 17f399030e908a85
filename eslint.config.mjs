import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pure = ['src/core/model.ts', 'src/core/config.ts', 'src/core/policy.ts', 'src/core/record.ts', 'src/core/new-record.ts', 'src/core/hash.ts', 'src/core/offer.ts', 'src/core/units.ts', 'src/core/names.ts', 'src/core/options.ts', 'src/core/receipt.ts', 'src/core/sha256.ts', 'src/write/lint.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/results/', 'demo/react/dist/', 'demo/vue/dist/', 'demo/angular/dist/', 'screenshots/', '.cem-check/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // lit binds `this` for event listeners in templates
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['lit', 'lit/*', '@lit/*'], message: 'core has no lit.' },
          { group: ['**/ui/**'], message: 'core never imports ui.' },
          { group: ['**/i18n/*', '!**/i18n/languages.js', '!**/i18n/index.js'], message: 'core ships no texts: each language is a chunk of its own.', allowTypeImports: true },
          { group: ['**/write/**'], message: 'core loads the write path lazily, through its chunks.', allowTypeImports: true },
          { group: ['js-cookie'], message: 'the fast path has no cookie library: js-cookie belongs to the write path.' },
          { group: ['**/receiver/**'], message: 'the receiver runs on the server, never in a browser bundle.' },
        ],
      }],
    },
  },
  {
    files: pure,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['lit', 'lit/*', '@lit/*', 'js-cookie'], message: 'pure modules have no effects.' },
          { group: ['**/ui/**', '**/i18n/**', './store.js', './gate.js', './runtime.js'], message: 'pure modules import only pure modules.' },
        ],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'localStorage'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'pass `now` in.' }],
    },
  },
  {
    files: ['src/receiver/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['lit', 'lit/*', '@lit/*', 'js-cookie', '**/ui/**', '**/write/**', '**/i18n/**', '**/elements/**', '**/core/*', '!**/core/model.js', '!**/core/names.js', '!**/core/record.js'],
          message: 'the receiver shares only the pure record format with the browser code.',
        }],
      }],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/core/store.js', '**/core/gate.js', '**/core/api.js', '**/core/runtime.js', '**/write/clear.js', '**/write/record-post.js'],
          message: 'the UI reads state and asks for changes through ConsentHost only.',
          allowTypeImports: true,
        }],
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc types expect(...).equal() as a promise
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name=/^(it|describe)$/][property.name='only']", message: 'no .only in committed tests' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['demo/**/*.js', 'test/pages/*.js', 'scripts/screenshots.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
