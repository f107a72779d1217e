// npm run lint: typescript-eslint's strict rules over the project's TypeScript and JavaScript.
// .astro files are formatted by Prettier and type-checked by `astro check`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.tmp/', '.astro/', 'node_modules/', 'bench-results/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { languageOptions: { globals: { ...globals.node } } },
  { files: ['public/**/*.js', 'src/islands/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  {
    // A test states what it expects; `!` on a value the test itself just produced is the clearest way.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
