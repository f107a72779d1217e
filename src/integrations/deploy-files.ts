import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTree } from '../lib/io/tree.ts';
import { NO_ADDRESS_WARNING, publicUrl } from '../lib/site/address.ts';
import { headersFile, robotsTxt, sitemapXml } from '../lib/site/deploy.ts';
import { finishesBuild, parseBuildBatch } from '../lib/site/build-batches.ts';

/**
 * After the build: `_headers`, `robots.txt` and, when the site has a public address,
 * `sitemap.xml` (every page that may be indexed). Without an address it says so once.
 */
export default function deployFiles(): AstroIntegration {
  let address: string | undefined;
  let base = '/';
  return {
    name: 'deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        address = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        // A batch of a build in batches leaves this to the last batch, which holds the merged site.
        if (!finishesBuild(parseBuildBatch(process.env.BUILD_BATCH))) return;
        const dist = fileURLToPath(dir);
        const files = listTree(dist);
        const sitemap = join(dist, 'sitemap.xml');
        if (address) {
          const pages = files
            .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
            .filter((file) => !/<meta name="robots" content="noindex/.test(readFileSync(join(dist, file), 'utf8')))
            .map((file) => publicUrl(address, base, file.replace(/index\.html$/, '')));
          writeFileSync(sitemap, sitemapXml(pages));
        } else {
          if (existsSync(sitemap)) rmSync(sitemap);
          logger.warn(NO_ADDRESS_WARNING);
        }
        writeFileSync(join(dist, 'robots.txt'), robotsTxt(address && publicUrl(address, base, 'sitemap.xml')));
        writeFileSync(join(dist, '_headers'), headersFile(base, files));
      },
    },
  };
}
