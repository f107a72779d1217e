import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_QUERIES } from '../../tooling/bench/search-queries.ts';
import { builtPages } from '../support/site-pages.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { visit, type Visit } from '../support/visit.ts';
import { pagesHolding, readPage, searchFor as searchPageFor, type PageText } from '../support/search-page.ts';

/**
 * Search, measured in Chromium through the real search page. The expected
 * results of every query are computed here from the built pages' text (read in
 * the browser, independently of the indexer): a page, or a section of it, is
 * expected exactly when its text contains the query literally.
 */
const QUERIES: readonly string[] = SEARCH_QUERIES;

const site = siteUnderTest();
const CONTENT = builtPages(DIST)
  .filter((p) => /^(reports\/[^/]+|plan\/[^/]+\/[^/]+)\/$/.test(p.path))
  .map((p) => p.path);
let corpus: PageText[] = [];
let shared: Visit;

function allTexts(): string[] {
  return corpus.flatMap((p) => [...p.front, ...p.sections.flatMap((s) => s.texts)]);
}

const expected = (query: string, filter: (p: PageText) => boolean = () => true) =>
  pagesHolding(corpus.filter(filter), (t) => t.includes(query));

/** Run a search through the search page, showing every result, and read what it lists. */
const searchFor = (page: Page, params: Record<string, string>, searchPath = 'search/') =>
  searchPageFor(site.server.url, page, params, searchPath);

beforeAll(async () => {
  shared = await visit(site.browser, `${site.server.url}search/`);
  corpus = [];
  for (const path of CONTENT) {
    await shared.page.goto(`${site.server.url}${path}`);
    corpus.push({ path, ...(await readPage(shared.page)) });
  }
}, 120_000);
afterAll(async () => shared?.close());

describe('exact Chinese search', () => {
  it('reads all 16 Chinese pages for the expected results', () => {
    expect(corpus).toHaveLength(16);
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it('returns every page and section that contains each query, and only those: 100% precision and recall', async () => {
    let truePositives = 0;
    let returned = 0;
    let relevant = 0;
    const misses: string[] = [];
    for (const query of QUERIES) {
      const want = expected(query);
      const got = await searchFor(shared.page, { q: query });
      const gotPages = new Set(got.pages);
      const gotSections = new Set(got.sections);
      expect(got.pages.length, `${query}: a page listed twice`).toBe(gotPages.size);
      for (const [kind, w, g] of [
        ['page', want.pages, gotPages],
        ['section', want.sections, gotSections],
      ] as const) {
        relevant += w.size;
        returned += g.size;
        for (const x of g)
          if (w.has(x)) truePositives += 1;
          else misses.push(`${query}: ${kind} ${x} returned but does not contain it`);
        for (const x of w) if (!g.has(x)) misses.push(`${query}: ${kind} ${x} contains it but was not returned`);
      }
      // Excerpts show the query itself, highlighted exactly, with no stray spaces or invisible characters.
      expect(
        got.marks.every((m) => m === query),
        `${query}: highlights ${got.marks.join('|')}`,
      ).toBe(true);
      for (const e of got.excerpts) {
        expect(e, query).not.toMatch(/[\u200b-\u200d\ufeff]/);
        const inner = e.replace(/^…/, '').replace(/…$/, '');
        expect(
          allTexts().some((t) => t.includes(inner)),
          `${query}: excerpt "${e}" is not the page's text`,
        ).toBe(true);
      }
      if (want.pages.size === 0) expect(got.status, query).toContain('没有任何一页');
    }
    console.log(
      `search: ${QUERIES.length} queries, precision ${((100 * truePositives) / Math.max(returned, 1)).toFixed(1)}%, recall ${((100 * truePositives) / Math.max(relevant, 1)).toFixed(1)}% (${relevant} expected pages and sections)`,
    );
    expect(misses).toEqual([]);
  }, 600_000);

  it('links each section to the paragraph that matches, and a matching figure to its anchor with its label', async () => {
    const got = await searchFor(shared.page, { q: '1063' });
    expect(got.hrefs).toContain('/reports/qijiang-2022-high-tech-zone/#p8');
    expect(got.hrefs).toContain('/reports/qijiang-2022-high-tech-zone/#fig-p8-4');
    expect(await shared.page.locator('a[data-kind="figure"]').first().textContent()).toBe('专利授权');
  });

  it('ranks title and heading matches first, then by how often the term occurs', async () => {
    const dazu = await searchFor(shared.page, { q: '大足' });
    expect(dazu.pages[0]).toBe('reports/dazu-2023-innovation-highland/');
    const forces = await searchFor(shared.page, { q: '新质生产力' });
    expect(forces.pages[0]).toBe('reports/qijiang-2024-new-productive-forces/');
  });

  it('ranks every result by title, then heading matches, then occurrences, and shows each count', async () => {
    // Every place the query starts, overlapping ones included, as the index counts them.
    const count = (texts: string[], query: string) =>
      texts.reduce((n, t) => n + [...t].filter((_, i) => [...t].slice(i).join('').startsWith(query)).length, 0);
    for (const query of ['綦江', '高新技术企业', '科技', '2025年', '创新']) {
      const got = await searchFor(shared.page, { q: query });
      const counts = await shared.page.locator('.search-result__meta').allTextContents();
      const keys = got.pages.map((path, i) => {
        const page = corpus.find((p) => p.path === path)!;
        const occurrences = count([...page.front, ...page.sections.flatMap((s) => s.texts)], query);
        expect(counts[i], `${query}: ${path}`).toContain(String(occurrences));
        return [
          Number(page.front.some((t) => t.includes(query))),
          Number(page.headings.some((t) => t.includes(query))),
          occurrences,
        ];
      });
      expect(keys.length, `${query}: results to compare`).toBeGreaterThan(1);
      for (let i = 1; i < keys.length; i += 1) {
        const [a, b] = [keys[i - 1]!, keys[i]!];
        const order = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
        expect(
          order,
          `${query}: ${got.pages[i - 1]} ${JSON.stringify(a)} before ${got.pages[i]} ${JSON.stringify(b)}`,
        ).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('narrows by district, kind and year, set in the URL', async () => {
    for (const filter of [{ district: '黔江' }, { kind: 'plan' }, { year: '2021' }] as Record<string, string>[]) {
      const [name, value] = Object.entries(filter)[0]!;
      const want = expected('綦江', (p) =>
        name === 'district' ? p.districts.includes(value!) : (p as unknown as Record<string, string>)[name] === value,
      );
      // Each filter leaves out some of the pages that name 綦江 (the 黔江 report names it nowhere: no result).
      expect(want.pages.size, JSON.stringify(filter)).toBeLessThan(expected('綦江').pages.size);
      const got = await searchFor(shared.page, { q: '綦江', ...filter });
      expect(new Set(got.pages), JSON.stringify(filter)).toEqual(want.pages);
      expect(await shared.page.locator(`select[name="${name}"]`).inputValue()).toBe(value);
    }
  });
});

describe('the search page', () => {
  it('is reached from the header box on any page, and offers the other language with the query', async () => {
    const v = await visit(site.browser, `${site.server.url}reports/dazu-2023-innovation-highland/`);
    try {
      await v.page.fill('#site-search-q', '高新技术企业');
      await v.page.press('#site-search-q', 'Enter');
      await v.page.waitForURL(/\/search\/\?q=/);
      await v.page.waitForFunction(() => document.querySelectorAll('a[data-kind="page"]').length > 0);
      expect(await v.page.getAttribute('a[data-search-other]', 'href')).toBe(
        `/en/search/?q=${encodeURIComponent('高新技术企业')}`,
      );
      expect(await v.page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('works from the keyboard: / to focus, arrows through results, Escape back to the box', async () => {
    const v = await visit(site.browser, `${site.server.url}search/`);
    try {
      await v.page.keyboard.press('/');
      expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await v.page.keyboard.type('专精特新');
      await v.page.keyboard.press('Enter');
      await v.page.waitForFunction(() => document.querySelectorAll('a[data-kind="page"]').length > 0);
      await v.page.keyboard.press('ArrowDown');
      const first = await v.page.evaluate(() => document.activeElement?.getAttribute('data-kind'));
      await v.page.keyboard.press('ArrowDown');
      const second = await v.page.evaluate(() => document.activeElement?.getAttribute('data-kind'));
      expect([first, second]).toEqual(['page', 'section']);
      await v.page.keyboard.press('Escape');
      expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    } finally {
      await v.close();
    }
  });

  it('fetches a shown page’s result file once: a filter set and cleared again costs no new request', async () => {
    const v = await visit(site.browser, `${site.server.url}search/`);
    try {
      const results: string[] = [];
      v.page.on('request', (request) => {
        if (request.url().includes('/pagefind-exact/results/')) results.push(request.url());
      });
      const shown = (query: string, district: string) =>
        v.page.waitForFunction(
          ([q, d]) => {
            const params = new URLSearchParams(location.search);
            return (
              !document.querySelector('[data-search-results]')!.hasAttribute('aria-busy') &&
              params.get('q') === q &&
              (params.get('district') ?? '') === d &&
              document.querySelectorAll('a[data-kind="page"]').length > 0
            );
          },
          [query, district],
        );
      await v.page.fill('#search-q', '綦江');
      await v.page.press('#search-q', 'Enter');
      await shown('綦江', '');
      expect(results.length).toBeGreaterThan(0);
      await v.page.selectOption('select[name="district"]', '綦江');
      await shown('綦江', '綦江');
      const before = results.length;
      await v.page.selectOption('select[name="district"]', '');
      await shown('綦江', '');
      expect(results.slice(before)).toEqual([]);
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('searches ahead at a pause in typing: Enter then fetches no postings, directory or id file', async () => {
    const v = await visit(site.browser, `${site.server.url}search/`);
    try {
      let started = 0;
      let finished = 0;
      let lastRequest = Date.now();
      let resultFiles = 0;
      // Everything of the exact index but the result files: its postings, its directory and its ids.
      const isChunk = (url: string) => /\/pagefind-exact\/(postings|words|ids)\//u.test(url);
      v.page.on('request', (request) => {
        if (isChunk(request.url())) started++;
        lastRequest = Date.now();
        if (request.url().includes('/pagefind-exact/results/')) resultFiles++;
      });
      v.page.on('requestfinished', (request) => {
        if (isChunk(request.url())) finished++;
        lastRequest = Date.now();
      });
      await v.page.locator('#search-q').pressSequentially('高新技术企业');
      // Done when nothing has been asked for or received for half a second: the search ahead fetches in steps.
      await expect
        .poll(() => started > 0 && started === finished && Date.now() - lastRequest > 500, { timeout: 10_000 })
        .toBe(true);
      const beforeEnter = started;
      // Nothing is shown, or fetched for showing, until Enter.
      expect(resultFiles).toBe(0);
      expect(await v.page.locator('a[data-kind="page"]').count()).toBe(0);
      await v.page.press('#search-q', 'Enter');
      await v.page.waitForFunction(
        () =>
          !document.querySelector('[data-search-results]')!.hasAttribute('aria-busy') &&
          document.querySelectorAll('a[data-kind="page"]').length > 0,
      );
      expect(started).toBe(beforeEnter);
      expect(resultFiles).toBeGreaterThan(0);
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('is usable at 360 px: nothing wider than the screen', async () => {
    const v = await visit(site.browser, `${site.server.url}search/?q=${encodeURIComponent('綦江')}`, { width: 360 });
    try {
      await v.page.waitForFunction(() => document.querySelectorAll('a[data-kind="page"]').length > 0);
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    } finally {
      await v.close();
    }
  });
});

describe('English search', () => {
  it('finds words in any form (stemming), on English pages only', async () => {
    const v = await visit(site.browser, `${site.server.url}en/search/?q=cultivated`);
    try {
      await v.page.waitForFunction(() => document.querySelectorAll('a[data-kind="page"]').length > 0);
      const pages = await v.page.$$eval('a[data-kind="page"]', (as) =>
        as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
      );
      expect(pages.every((p) => p.startsWith('/en/'))).toBe(true);
      // At least one page is found through another form of the word: it never writes "cultivated".
      const texts = await Promise.all(
        pages.map(async (p) =>
          (await fetch(`${site.server.url}${p.slice(1)}`).then((r) => r.text())).includes('cultivated'),
        ),
      );
      expect(texts).toContain(false);
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('finds every English page and section holding a figure, in both its written forms, and only those', async () => {
    const english: PageText[] = [];
    for (const path of CONTENT) {
      await shared.page.goto(`${site.server.url}en/${path}`);
      english.push({ path: `en/${path}`, ...(await readPage(shared.page)) });
    }
    const found: Record<string, number> = {};
    for (const query of ['2025', '1063', '2.3%', '3.84', '90.2%', '47.6', '5938', '1064']) {
      // A bare number of four or more digits is also searched as English writes it (1,063).
      const forms = /^\d{4,}$/.test(query) ? [query, query.replace(/\B(?=(\d{3})+(?!\d))/g, ',')] : [query];
      const has = (t: string) => forms.some((f) => t.includes(f));
      const { pages, sections } = pagesHolding(english, has);
      const got = await searchFor(shared.page, { q: query }, 'en/search/');
      expect(new Set(got.pages), query).toEqual(pages);
      expect(new Set(got.sections), query).toEqual(sections);
      expect(
        got.marks.every((m) => forms.includes(m)),
        `${query}: ${got.marks.join('|')}`,
      ).toBe(true);
      found[query] = sections.size;
    }
    // Not a vacuous check: figures the English pages write with separators are among those found.
    expect(found['1063']).toBeGreaterThan(0);
    expect(found['2025']).toBeGreaterThan(5);
    expect(found['1064']).toBe(0);
  }, 180_000);

  it('matches figures exactly, in the form English writes them', async () => {
    const v = await visit(site.browser, `${site.server.url}en/search/?q=1063`);
    try {
      await v.page.waitForFunction(() => document.querySelectorAll('a[data-kind="page"]').length > 0);
      expect(
        await v.page.$$eval('a[data-kind="page"]', (as) =>
          as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
        ),
      ).toEqual(['/en/reports/qijiang-2022-high-tech-zone/']);
      expect(await v.page.textContent('.search-result__excerpt mark')).toBe('1,063');
      expect(await v.page.textContent('a[data-kind="figure"]')).toBe('Patents granted');
    } finally {
      await v.close();
    }
  });
});
