import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTree } from '../lib/io/tree.ts';
import { absoluteUrl, headersFile, robotsTxt, sitemapXml } from '../lib/site/deploy.ts';

/** After the build: `_headers`, `sitemap.xml` (every page that may be indexed) and `robots.txt`. */
export default function deployFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const files = listTree(dist);
        const pages = files
          .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
          .filter((file) => !/<meta name="robots" content="noindex/.test(readFileSync(join(dist, file), 'utf8')))
          .map((file) => absoluteUrl(site, base, file.replace(/index\.html$/, '')));
        writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(pages));
        writeFileSync(join(dist, 'robots.txt'), robotsTxt(absoluteUrl(site, base, 'sitemap.xml')));
        writeFileSync(join(dist, '_headers'), headersFile(base, files));
      },
    },
  };
}
