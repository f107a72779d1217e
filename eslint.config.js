// npm run lint: typescript-eslint's strict rules over the project's TypeScript and JavaScript.
// .astro files are formatted by Prettier and type-checked by `astro check`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.staging-*/',
      'dist.retired-*/',
      '.tmp/',
      '.astro/',
      'node_modules/',
      'bench-results/',
      'content/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  { languageOptions: { globals: { ...globals.node } } },
  {
    // A leading underscore names a value that is there only to be left out (`{ figures: _figures, ...rest }`).
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  { files: ['public/**/*.js', 'src/islands/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  {
    // A test states what it expects; `!` on a value the test itself just produced is the clearest way.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
