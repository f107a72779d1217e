// For `npm run bench`: what search costs a reader, measured in Chromium on a built site.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { readSearchPages } from '../../src/integrations/search-index.ts';
import { SEARCH_QUERIES } from '../../src/lib/bench/search-queries.ts';
import { listTree } from '../../src/lib/io/tree.ts';
import { EXACT_BUNDLE } from '../../src/lib/search/bundles.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/static-server.ts';

export interface SearchCost {
  queries: number;
  /** Gzip bytes a first search downloads after the search page has loaded, until its first ten results show. */
  firstSearchKB: { median: number; max: number };
  latencyMs: { coldMedian: number; coldWorst: number; warmMedian: number; warmWorst: number };
  exactIndexKB: number;
  hanCharacters: number;
  indexBytesPerHanCharacter: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};

async function runQuery(page: Page, query: string): Promise<number> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((q) => {
    const list = document.querySelector('[data-search-results]');
    return list && !list.hasAttribute('aria-busy') && list.getAttribute('data-search-ms') !== null && new URLSearchParams(location.search).get('q') === q;
  }, query);
  const ms = Number(await page.getAttribute('[data-search-results]', 'data-search-ms'));
  await page.evaluate(() => document.querySelector('[data-search-results]')!.removeAttribute('data-search-ms'));
  return ms;
}

export async function measureSearch(dist: string): Promise<SearchCost> {
  const server = await serveDirectory(dist);
  const browser: Browser = await launchChromium();
  try {
    const url = `${server.url}search/`;
    const bytes: number[] = [];
    const cold: number[] = [];
    for (const query of SEARCH_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      const sizes: Promise<number>[] = [];
      page.on('response', (response) => sizes.push(response.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0)));
      cold.push(await runQuery(page, query));
      bytes.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await runQuery(page, '科技');
    const warm: number[] = [];
    for (const query of SEARCH_QUERIES) warm.push(await runQuery(page, query));
    await context.close();

    const bundle = join(dist, EXACT_BUNDLE);
    const indexBytes = listTree(bundle).filter((f) => /^(index|fragment|filter)\/|\.pf_meta$/.test(f)).reduce((sum, f) => sum + statSync(join(bundle, f)).size, 0);
    const han = readSearchPages(dist, '/').filter((p) => p.lang.startsWith('zh'))
      .flatMap((p) => [...p.front, ...p.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.subheadings, ...s.blocks])])
      .reduce((sum, b) => sum + (b.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
    const kb = (n: number) => Math.round(n / 102.4) / 10;
    return {
      queries: SEARCH_QUERIES.length,
      firstSearchKB: { median: kb(median(bytes)), max: kb(Math.max(...bytes)) },
      latencyMs: { coldMedian: median(cold), coldWorst: Math.max(...cold), warmMedian: median(warm), warmWorst: Math.max(...warm) },
      exactIndexKB: kb(indexBytes),
      hanCharacters: han,
      indexBytesPerHanCharacter: Math.round((indexBytes / Math.max(han, 1)) * 100) / 100,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
