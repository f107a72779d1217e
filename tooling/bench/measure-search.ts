// For `npm run bench`: what search costs a reader, measured in Chromium on a built site.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { readSearchPages } from '../../src/integrations/search-index.ts';
import { present } from '../../src/lib/assert.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { listTree } from '../../src/lib/io/tree.ts';
import { EXACT_BUNDLE } from '../../src/lib/search/build/bundles.ts';
import { launchChromium } from '../browser/chromium.ts';
import { serveDirectory } from '../browser/static-server.ts';
import { launchBareChromium, type BareTab } from '../browser/bare-chromium.ts';
import { median } from './median.ts';

export interface SearchCost {
  queries: number;
  /** Gzip bytes a first search downloads after the search page has loaded, until its first ten results show. */
  firstSearchKB: { median: number; max: number };
  /**
   * Warm: the query submitted whole. Typed: entered a character every TYPING_MS, Enter TYPING_MS after the last.
   * Both: each query's median over WARM_ROUNDS rounds.
   */
  latencyMs: {
    coldMedian: number;
    coldWorst: number;
    warmMedian: number;
    warmWorst: number;
    typedMedian: number;
    typedWorst: number;
  };
  /** The queries slowest warm, slowest first, each with its median time: where a missed warm goal is spent. */
  slowestWarm: { query: string; ms: number }[];
  /**
   * The traditional-to-simplified converter, loaded only when a query that finds nothing as typed has a
   * character the conversion changes: its chunks' gzip size, how many of the test queries loaded it (those no text contains: they are left
   * out of firstSearchKB), and cold searches of traditional queries (loading it, converting, searching twice).
   */
  converter: { chunkKB: number; loadedByQueries: number; traditionalColdMs: { median: number; worst: number } };
  exactIndexKB: number;
  hanCharacters: number;
  indexBytesPerHanCharacter: number;
}

/** Runs a query as a reader would (type, Enter) and resolves when its first results show. */
async function searchBytes(page: Page, query: string): Promise<void> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((q) => {
    const list = document.querySelector('[data-search-results]');
    return (
      list &&
      !list.hasAttribute('aria-busy') &&
      list.getAttribute('data-search-ms') !== null &&
      new URLSearchParams(location.search).get('q') === q
    );
  }, query);
}

/** How many of the slowest warm queries the bench names. */
const SLOWEST_SHOWN = 8;

/** Warm and typed timings are each query's median over this many rounds. */
const WARM_ROUNDS = 3;

/** A steady typist's pace, a character (or a word committed by an input method) at a time. */
const TYPING_MS = 200;

/**
 * The page's own measure (data-search-ms: from the query sent to its first results shown), in a bare tab.
 * Typed, the query goes into the box a character at a time, as input events, before Enter.
 */
export function searchMs(tab: BareTab, query: string, { typed = false } = {}): Promise<number> {
  return tab.evaluate<number>(`(async () => {
    const list = document.querySelector('[data-search-results]');
    const form = document.querySelector('[data-search-form]');
    const box = form.querySelector('input[name="q"]');
    if (${typed}) {
      box.value = '';
      for (const character of ${JSON.stringify([...query])}) {
        box.value += character;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: character }));
        await new Promise((wait) => setTimeout(wait, ${TYPING_MS}));
      }
    }
    list.removeAttribute('data-search-ms');
    const shown = new Promise((done) => new MutationObserver((_, observer) => {
      if (list.getAttribute('data-search-ms') !== null && !list.hasAttribute('aria-busy')) { observer.disconnect(); done(); }
    }).observe(list, { attributes: true }));
    box.value = ${JSON.stringify(query)};
    form.requestSubmit();
    await shown;
    if (new URLSearchParams(location.search).get('q') !== ${JSON.stringify(query)}) throw new Error('the search page did not take the query');
    return Number(list.getAttribute('data-search-ms'));
  })()`);
}

/** The converter's chunks (src/islands/search/simplify.ts and opencc-js's t2cn) as the build names them. */
const CONVERTER_CHUNK = /\/_astro\/(simplify|t2cn)\.[\w-]+\.js$/;

/** Queries in traditional characters whose simplified forms the texts hold. */
const TRADITIONAL_QUERIES = ['高新技術企業', '科技特派員', '3.84億元'];

/**
 * Gzip bytes each first search downloads, each in a fresh browser context (Playwright sees every response), and
 * whether it loaded the converter.
 */
async function firstSearchBytes(url: string): Promise<{ bytes: number; converter: boolean }[]> {
  const browser: Browser = await launchChromium();
  try {
    const bytes: { bytes: number; converter: boolean }[] = [];
    for (const query of SEARCH_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      const sizes: Promise<number>[] = [];
      let converter = false;
      page.on('response', (response) => {
        if (CONVERTER_CHUNK.test(response.url())) converter = true;
        sizes.push(
          response.body().then(
            (b) => gzipSync(b, { level: 9 }).length,
            () => 0,
          ),
        );
      });
      await searchBytes(page, query);
      bytes.push({ bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), converter });
      await context.close();
    }
    return bytes;
  } finally {
    await browser.close();
  }
}

/** Latency cold (each query first in a fresh context), warm and typed (one page, after a first search). */
async function latencies(
  url: string,
): Promise<{ cold: number[]; warm: number[]; typed: number[]; traditional: number[] }> {
  const chromium = await launchBareChromium();
  try {
    const coldOf = async (queries: readonly string[]) => {
      const times: number[] = [];
      for (const query of queries) {
        const tab = await chromium.newTab();
        await tab.goto(url);
        times.push(await searchMs(tab, query));
        await tab.close();
      }
      return times;
    };
    const cold = await coldOf(SEARCH_QUERIES);
    const traditional = await coldOf(TRADITIONAL_QUERIES);
    // Every query in one page, after a first search has loaded Pagefind.
    const afterOneSearch = async (typed: boolean) => {
      const tab = await chromium.newTab();
      await tab.goto(url);
      await searchMs(tab, '科技');
      const times: number[] = [];
      for (const query of SEARCH_QUERIES) times.push(await searchMs(tab, query, { typed }));
      await tab.close();
      return times;
    };
    // Each query's median over the rounds, each round in a new page: one round's figure moves by a few ms.
    const overRounds = async (typed: boolean) => {
      const rounds: number[][] = [];
      for (let round = 0; round < WARM_ROUNDS; round++) rounds.push(await afterOneSearch(typed));
      return SEARCH_QUERIES.map((_, i) =>
        median(rounds.map((times) => present(times[i], `a time for query ${i} in every round`))),
      );
    };
    return { cold, warm: await overRounds(false), typed: await overRounds(true), traditional };
  } finally {
    await chromium.close();
  }
}

export async function measureSearch(dist: string): Promise<SearchCost> {
  const server = await serveDirectory(dist);
  try {
    const url = `${server.url}search/`;
    const firsts = await firstSearchBytes(url);
    // Queries that need no conversion; those that loaded the converter (absent Han queries) are counted below.
    const bytes = firsts.filter((f) => !f.converter).map((f) => f.bytes);
    const { cold, warm, typed, traditional } = await latencies(url);
    const converterBytes = listTree(join(dist, '_astro'))
      .filter((f) => CONVERTER_CHUNK.test(`/_astro/${f}`))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, '_astro', f)), { level: 9 }).length, 0);

    const bundle = join(dist, EXACT_BUNDLE);
    const indexBytes = listTree(bundle)
      .filter((f) => /^((slice-\d+\/)?(index|filter)|words|ids)\//.test(f))
      .reduce((sum, f) => sum + statSync(join(bundle, f)).size, 0);
    const han = readSearchPages(dist, '/')
      .filter((p) => p.lang.startsWith('zh'))
      .flatMap((p) => [
        ...p.front,
        ...p.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.subheadings, ...s.blocks]),
      ])
      .reduce((sum, b) => sum + (b.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
    const kb = (n: number) => Math.round(n / 102.4) / 10;
    return {
      queries: SEARCH_QUERIES.length,
      firstSearchKB: { median: kb(median(bytes)), max: kb(Math.max(...bytes)) },
      latencyMs: {
        coldMedian: median(cold),
        coldWorst: Math.max(...cold),
        warmMedian: median(warm),
        warmWorst: Math.max(...warm),
        typedMedian: median(typed),
        typedWorst: Math.max(...typed),
      },
      slowestWarm: SEARCH_QUERIES.map((query, i) => ({ query, ms: present(warm[i], `a warm time for ${query}`) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, SLOWEST_SHOWN),
      converter: {
        chunkKB: kb(converterBytes),
        loadedByQueries: firsts.filter((f) => f.converter).length,
        traditionalColdMs: { median: median(traditional), worst: Math.max(...traditional) },
      },
      exactIndexKB: kb(indexBytes),
      hanCharacters: han,
      indexBytesPerHanCharacter: Math.round((indexBytes / Math.max(han, 1)) * 100) / 100,
    };
  } finally {
    await server.close();
  }
}
