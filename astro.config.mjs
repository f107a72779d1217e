// @ts-check
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/integrations/markdown.ts';
import searchIndex from './src/integrations/search-index.ts';
import deployFiles from './src/integrations/deploy-files.ts';
import mergeBatches from './src/integrations/merge-batches.ts';
import { LOCALES } from './src/lib/site/locale.ts';
import { siteAddress } from './src/lib/io/site-settings.ts';

/** `BASE_PATH=/policy-site/ npm run build` builds for a sub-path; every link and asset follows it. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // The public address (SITE_URL, else url: in site.yaml), for absolute URLs and the sitemap; none by default.
  site: siteAddress(fileURLToPath(new URL('.', import.meta.url))),
  base,
  trailingSlash: 'always',
  // No inline styles or scripts, so the site runs under a strict Content-Security-Policy (see _headers).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Whitespace between inline elements matters in mixed Chinese/English text.
  compressHTML: true,
  i18n: { defaultLocale: 'zh', locales: [...LOCALES], routing: { prefixDefaultLocale: false } },
  markdown: { processor: markdownProcessor({ base }) },
  // In order: the last batch of a build in batches takes in the others, then the search index, then the deploy
  // files (after the index, so the sitemap sees the finished site).
  integrations: [mdx(), mergeBatches(), searchIndex(), deployFiles()],
  devToolbar: { enabled: false },
});
