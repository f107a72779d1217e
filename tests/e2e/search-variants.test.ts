import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/site-pages.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { visit, type Visit } from '../support/visit.ts';
import { pagesHolding, readPage, searchFor, type PageText } from '../support/search-page.ts';

/**
 * Forgiving search in Chromium, through the real search page: each written variant of a query finds exactly
 * the pages and sections its canonical form is expected to find (computed from the built pages' text, as in
 * search.test.ts), and the page says what was searched.
 */
const site = siteUnderTest();
const CONTENT = builtPages(DIST)
  .filter((p) => /^(reports\/[^/]+|plan\/[^/]+\/[^/]+)\/$/.test(p.path))
  .map((p) => p.path);
const zh: PageText[] = [];
const en: PageText[] = [];
let shared: Visit;

const literal = (corpus: PageText[], query: string) => pagesHolding(corpus, (t) => t.includes(query));
const search = (params: Record<string, string>, path = 'search/') =>
  searchFor(site.server.url, shared.page, params, path);

beforeAll(async () => {
  shared = await visit(site.browser, `${site.server.url}search/`);
  for (const path of CONTENT) {
    await shared.page.goto(`${site.server.url}${path}`);
    zh.push({ path, ...(await readPage(shared.page)) });
    await shared.page.goto(`${site.server.url}en/${path}`);
    en.push({ path: `en/${path}`, ...(await readPage(shared.page)) });
  }
}, 180_000);
afterAll(async () => {
  expect(shared?.errors).toEqual([]);
  await shared?.close();
});

describe('variants of a query find what its canonical form finds', () => {
  const cases: [variant: string, canonical: string, said: string][] = [
    ['高新技術企業', '高新技术企业', '已按简体检索：高新技术企业'],
    ['科技特派員', '科技特派员', '已按简体检索：科技特派员'],
    ['3.84億元', '3.84亿元', '已按简体检索：3.84亿元'],
    ['２．３％', '2.3%', '已按半角字符检索：2.3%'],
    ['１０６３', '1063', '已按半角字符检索：1063'],
    ['38400万元', '3.84亿元', '同时检索同一数值的其他写法'],
    ['百分之二点三', '2.3%', '同时检索同一数值的其他写法：2.3%'],
    ['1,063', '1063', '同时检索同一数值的其他写法：1063'],
  ];
  for (const [variant, canonical, said] of cases) {
    it(`${variant} finds what ${canonical} finds, and says how it was searched`, async () => {
      const want = literal(zh, canonical);
      expect(want.pages.size, `${canonical} is in the texts`).toBeGreaterThan(0);
      // The variant itself is in no text: what it finds, it finds through its canonical form.
      expect(literal(zh, variant).pages.size).toBe(0);
      const got = await search({ q: variant });
      expect(new Set(got.pages)).toEqual(want.pages);
      expect(new Set(got.sections)).toEqual(want.sections);
      expect(got.marks.every((m) => m === canonical)).toBe(true);
      expect(got.status).toContain(said);
    });
  }

  it('loads the converter only for a query that finds nothing as typed and has a traditional character', async () => {
    const v = await visit(site.browser, `${site.server.url}search/`);
    try {
      const chunks: string[] = [];
      v.page.on('request', (r) => {
        if (/\/_astro\/(t2cn|simplify)\./.test(r.url())) chunks.push(r.url());
      });
      for (const q of ['高新技术企业', '2.3%']) {
        await v.page.goto(`${site.server.url}search/?q=${encodeURIComponent(q)}`);
        await v.page.waitForFunction(() => document.querySelectorAll('a[data-kind="page"]').length > 0);
      }
      expect(chunks).toEqual([]);
      // Found nowhere, but every character is simplified already: converting could not help.
      expect(literal(zh, '火锅火箭').pages.size).toBe(0);
      const absent = await searchFor(site.server.url, v.page, { q: '火锅火箭' });
      expect(absent.pages).toEqual([]);
      expect(chunks).toEqual([]);
      await v.page.goto(`${site.server.url}search/?q=${encodeURIComponent('科技特派員')}`);
      await v.page.waitForFunction(() => document.querySelectorAll('a[data-kind="page"]').length > 0);
      expect(chunks.length).toBeGreaterThan(0);
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('words separated by spaces', () => {
  it('find the pages holding all of them, and the sections holding all of them', async () => {
    const both = (t: string) => t.includes('綦江') && t.includes('火锅');
    // 綦江 and 火锅 stand apart in the texts, never as "綦江 火锅".
    expect(literal(zh, '綦江 火锅').pages.size).toBe(0);
    const pages = new Set(
      zh
        .filter((p) => {
          const all = [...p.front, ...p.sections.flatMap((s) => s.texts)];
          return all.some((t) => t.includes('綦江')) && all.some((t) => t.includes('火锅'));
        })
        .map((p) => p.path),
    );
    expect(pages.size).toBeGreaterThan(0);
    const got = await search({ q: '綦江 火锅' });
    expect(new Set(got.pages)).toEqual(pages);
    // Every section that holds both words is listed; a section listed holds at least one.
    const sections = pagesHolding(zh, both).sections;
    expect(sections.size).toBeGreaterThan(0);
    for (const s of sections) expect(got.sections).toContain(s);
    const anyOf = pagesHolding(zh, (t) => t.includes('綦江') || t.includes('火锅')).sections;
    for (const s of got.sections) expect(anyOf.has(s), s).toBe(true);
  });
});

describe('a query in the other language', () => {
  it('on the Chinese page, English words find the English pages, and the page says so', async () => {
    const query = 'high-tech enterprises';
    const want = pagesHolding(en, (t) => t.includes('high-tech')).pages;
    const got = await search({ q: query });
    expect(got.pages.length).toBeGreaterThan(0);
    for (const p of got.pages) expect(want.has(p), p).toBe(true);
    expect(got.status).toContain('已改在英文译文中检索');
  });

  it('on the English page, Chinese characters no English page holds find the Chinese pages', async () => {
    // Line 170 of the plan names 花椒 (Sichuan pepper) among 綦江's produce; no English page writes it in Chinese.
    expect(literal(en, '花椒').pages.size).toBe(0);
    const got = await search({ q: '花椒' }, 'en/search/');
    expect(new Set(got.pages)).toEqual(literal(zh, '花椒').pages);
    expect(got.status).toContain('searched the Chinese originals');
  });
});

describe('English words', () => {
  it('that no page holds, in any form, find nothing', async () => {
    for (const word of ['photosynthesis', 'onerror']) {
      expect(en.some((p) => JSON.stringify(p).toLowerCase().includes(word))).toBe(false);
      const got = await search({ q: word }, 'en/search/');
      expect(got.pages, word).toEqual([]);
      expect(got.status, word).toContain('No page contains');
    }
  });

  it('keep stemming: enterprise finds pages that write only "enterprises"', async () => {
    const got = await search({ q: 'enterprise' }, 'en/search/');
    expect(got.pages.length).toBeGreaterThan(0);
  });

  it('in quotes are an exact phrase', async () => {
    const phrase = 'high-tech enterprises';
    const want = literal(en, phrase);
    expect(want.pages.size).toBeGreaterThan(0);
    const got = await search({ q: `"${phrase}"` }, 'en/search/');
    expect(new Set(got.pages)).toEqual(want.pages);
    expect(new Set(got.sections)).toEqual(want.sections);
    const reversed = await search({ q: '"enterprises high-tech"' }, 'en/search/');
    expect(reversed.pages).toEqual([]);
  });
});

describe('queries refused with a message, not an error', () => {
  it('only punctuation, or longer than 200 characters', async () => {
    const v = await visit(site.browser, `${site.server.url}search/?q=${encodeURIComponent('。，！')}`);
    try {
      await v.page.waitForFunction(() => document.querySelector('[data-search-status]')!.textContent !== '');
      expect(await v.page.textContent('[data-search-status]')).toContain('只有标点符号');
      await v.page.goto(`${site.server.url}en/search/?q=${'a'.repeat(201)}`);
      await v.page.waitForFunction(() => document.querySelector('[data-search-status]')!.textContent !== '');
      expect(await v.page.textContent('[data-search-status]')).toContain('too long');
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('best matches', () => {
  const bestOf = () =>
    shared.page.$$eval('[data-search-best]:not([hidden]) a[data-kind="best"]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
  it('show the indicator or glossary page a query names, above the results', async () => {
    // content/indicators.yaml lists 高新技术企业 as an alias of high-tech-enterprises; the glossary has 綦江.
    await search({ q: '高新技术企业' });
    expect(await bestOf()).toContain('/indicators/high-tech-enterprises/');
    await search({ q: '高新技術企業' });
    expect(await bestOf()).toContain('/indicators/high-tech-enterprises/');
    await search({ q: '綦江' });
    expect(await bestOf()).toContain('/glossary/#term-qijiang');
    await search({ q: 'High-tech enterprises' }, 'en/search/');
    expect(await bestOf()).toContain('/en/indicators/high-tech-enterprises/');
    await search({ q: '技术' });
    expect(await bestOf()).toEqual([]);
  });
  it('find a glossary term by a rendering it lists: SRDI leads to 专精特新', async () => {
    await search({ q: 'SRDI' }, 'en/search/');
    expect(await bestOf()).toContain('/en/glossary/#term-specialised-refined-distinctive-innovative');
    await search({ q: 'SRDI' });
    expect(await bestOf()).toContain('/glossary/#term-specialised-refined-distinctive-innovative');
  });
});
