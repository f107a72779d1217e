// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/integrations/markdown.ts';

/** `BASE_PATH=/policy-site/ npm run build` builds for a sub-path; every link and asset follows it. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Whitespace between inline elements matters in mixed Chinese/English text.
  compressHTML: true,
  i18n: { defaultLocale: 'zh', locales: ['zh', 'en'], routing: { prefixDefaultLocale: false } },
  markdown: { processor: markdownProcessor() },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
