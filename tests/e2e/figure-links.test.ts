import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundWordsIn, STATED_BOUNDS } from '../../src/lib/text/quantities.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { listTree } from '../../src/lib/io/tree.ts';
import { visit } from '../support/visit.ts';

const site = siteUnderTest();
const PAGE = 'reports/qijiang-2022-high-tech-zone/';

// The data pages: every link from them to a report or plan page is a link to a figure.
// Each indicator's page (its charts) and its values by district: indicators/<id>/, indicators/<id>/qijiang/ …
const indicatorPages = listTree(join(DIST, 'indicators')).flatMap((f) =>
  f.endsWith('/index.html') ? [`indicators/${f.replace(/index\.html$/, '')}`] : [],
);
// The figures table, in its parts: figures/qijiang/, figures/qijiang/2/ …
const figuresParts = listTree(join(DIST, 'figures')).flatMap((f) =>
  f.endsWith('/index.html') ? [`figures/${f.replace(/index\.html$/, '')}`] : [],
);
// The discrepancies, in their parts: discrepancies/qijiang/ …
const discrepanciesParts = listTree(join(DIST, 'discrepancies')).flatMap((f) =>
  f.endsWith('/index.html') ? [`discrepancies/${f.replace(/index\.html$/, '')}`] : [],
);
const DATA_PAGES = [
  '',
  'compare/',
  'tracker/',
  'indicators/',
  ...indicatorPages,
  'discrepancies/',
  ...discrepanciesParts,
  'data/',
  'figures/',
  ...figuresParts,
];

/**
 * The same number, or the same at another power of ten: English says 1.5亿元 as 150 million yuan, and an English
 * text may write 19.82亿元 as 1.982 billion, where the table says 1,982 million.
 */
function sameFigure(a: string, b: string): boolean {
  const ratio = Math.log10(Number(a) / Number(b));
  return Number(a) === Number(b) || (Number.isFinite(ratio) && Math.abs(ratio - Math.round(ratio)) < 1e-9);
}

/** One link from a data page to a text page, with the numbers it stands beside and what its target is. */
interface Landing {
  from: string;
  href: string;
  text: string;
  /** The link's own value (the first number in its text), when it is a value. */
  value: string | null;
  /** The numbers of the row (table row, key figure, list item) the link stands in. */
  context: string[];
  target: { tag: string; className: string; text: string } | null;
  /** A link named as a paragraph (`x#p22`), in the figures table's "where" column beside the figure's own link. */
  paragraphColumn: boolean;
}

describe('links from the data pages land on the figure', () => {
  it('every link to a report or plan page, in both languages, points at a figure showing its value', async () => {
    const landings: Landing[] = [];
    // One browser page for all of them: a fresh context per page costs more than the page itself.
    const v = await visit(site.browser, site.server.url);
    try {
      for (const path of DATA_PAGES.flatMap((p) => [p, `en/${p}`])) {
        await v.page.goto(site.server.url + path);
        landings.push(
          ...(await v.page.evaluate(async (from) => {
            const numbers = (text: string) => text.replace(/,/g, '').match(/\d+(?:\.\d+)?/g) ?? [];
            const pages = new Map<string, Promise<Document>>();
            const load = (url: string) => {
              if (!pages.has(url))
                pages.set(
                  url,
                  fetch(url)
                    .then((r) => r.text())
                    .then((html) => new DOMParser().parseFromString(html, 'text/html')),
                );
              return pages.get(url)!;
            };
            const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((a) => {
              const url = new URL(a.href);
              return url.origin === location.origin && /^\/(en\/)?(reports|plan)\//.test(url.pathname) && url.hash;
            });
            return Promise.all(
              links.map(async (a) => {
                const url = new URL(a.href);
                const row = a.closest('tr, .key-figure, li');
                const target = (await load(url.pathname)).getElementById(decodeURIComponent(url.hash.slice(1)));
                return {
                  from,
                  href: url.pathname + url.hash,
                  text: a.textContent ?? '',
                  // A value link opens with its number, or a bound word and its number (超过100家, at least 6.1 …);
                  // a link named by an address (x#fig-p22-2) or a text's title is no value: its row shows the value.
                  value: /^[^\d#]{0,10}\d[^#]*$/.test(a.textContent ?? '')
                    ? (numbers(a.textContent ?? '')[0] ?? null)
                    : null,
                  context: numbers(row?.textContent ?? ''),
                  target: target && {
                    tag: target.tagName.toLowerCase(),
                    className: target.className,
                    text: target.textContent ?? '',
                  },
                  paragraphColumn:
                    /(^|\/)figures\/[^/]+\/(\d+\/)?$/.test(location.pathname) &&
                    a.closest('td') !== null &&
                    a.closest('td') === a.closest('tr')?.lastElementChild,
                };
              }),
            );
          }, path)),
        );
      }
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
    const paragraphLinks = landings.filter((l) => l.paragraphColumn);
    const figureLinks = landings.filter((l) => !l.paragraphColumn);
    const number = (text: string) => text.replace(/,/g, '').match(/\d+(?:\.\d+)?/)?.[0];
    const wrong = figureLinks.flatMap((l) => {
      if (!l.target) return [`${l.from}: ${l.href} (“${l.text}”) lands on no element`];
      if (l.target.tag !== 'a' || !l.target.className.split(' ').includes('fig') || !/#fig-/.test(l.href))
        return [`${l.from}: ${l.href} (“${l.text}”) lands on a <${l.target.tag}>, not on a figure`];
      const shown = number(l.target.text);
      // A value link shows the figure's number; a "source" link stands in a row that shows it.
      const ok =
        shown !== undefined &&
        (l.value === null ? l.context.some((n) => sameFigure(n, shown)) : sameFigure(l.value, shown));
      return ok ? [] : [`${l.from}: ${l.href} (“${l.text}”) lands on “${l.target.text}”, another number`];
    });
    console.log(
      `figure links: ${figureLinks.length} links from ${DATA_PAGES.length * 2} data pages land on their figure; ` +
        `${paragraphLinks.length} in the figures table's “where” column are named as paragraphs`,
    );
    expect(wrong).toEqual([]);
    expect(figureLinks.length).toBeGreaterThan(100);
    // Justified: that column names the paragraph (x#p22) and the row's first cell links the figure itself.
    for (const l of paragraphLinks) {
      expect(l.text, l.href).toMatch(/#(p|table|li|t)[a-z0-9-]*$/);
      expect(l.target?.className ?? '', l.href).not.toContain('fig');
    }
  }, 600_000);
});

describe('arriving at a figure', () => {
  it('opens its card, leaving focus where it was', async () => {
    const v = await visit(site.browser, `${site.server.url}${PAGE}#fig-p22-2`);
    try {
      const card = v.page.locator('#figure-card');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open')), { timeout: 10_000 }).toBe(true);
      expect(await card.locator('[data-part="value"]').textContent()).toBe('123家');
      expect(await v.page.evaluate(() => document.activeElement?.closest('#figure-card') ?? null)).toBeNull();
      // A link to another figure of the same page (a hash change) opens that figure's card.
      await v.page.evaluate(() => (location.hash = '#fig-p8-4'));
      await expect.poll(() => card.locator('[data-part="value"]').textContent(), { timeout: 10_000 }).toBe('1063件');
      expect(await card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('without JavaScript, outlines the figure (:target), not by colour alone', async () => {
    const v = await visit(site.browser, `${site.server.url}${PAGE}#fig-p22-2`, { javaScript: false });
    try {
      const style = (id: string) =>
        v.page.locator(`#${id}`).evaluate((el) => {
          const s = getComputedStyle(el);
          return { outline: `${s.outlineStyle} ${s.outlineWidth}`, background: s.backgroundColor };
        });
      const other = await style('fig-p8-4');
      // Chromium moves focus to the figure it scrolled to: the focus outline shows it then.
      expect((await style('fig-p22-2')).outline).toMatch(/^solid [23]px$/);
      // Once focus moves on (a click on the heading), :target still outlines it, and marks it.
      await v.page.locator('h1').click();
      const target = await style('fig-p22-2');
      expect(target.outline).toBe('solid 2px');
      expect(other.outline).not.toMatch(/^solid/);
      expect(target.background).not.toBe(other.background);
    } finally {
      await v.close();
    }
  });
});

describe('the tracker keeps every bound in English', () => {
  it('has as many bounded values in English as in Chinese, value by value', async () => {
    const values = async (path: string) => {
      const v = await visit(site.browser, site.server.url + path);
      try {
        // The tracker's own table (the chart's table lists progress, not the plan's values).
        return await v.page.$$eval('table:not(.chart__table) td a[href*="#fig-"]', (links) =>
          links.map((a) => a.textContent ?? ''),
        );
      } finally {
        await v.close();
      }
    };
    const zh = await values('tracker/');
    const en = await values('en/tracker/');
    const wordings = [...new Set(Object.values(STATED_BOUNDS))];
    const boundedZh = zh.map((text) => boundWordsIn(text).length > 0);
    const boundedEn = en.map((text) => wordings.some((w) => new RegExp(`(?<![A-Za-z])${w}(?![A-Za-z])`).test(text)));
    console.log(
      `tracker bounds: ${boundedZh.filter(Boolean).length} of ${zh.length} values in Chinese, ${boundedEn.filter(Boolean).length} of ${en.length} in English`,
    );
    expect(en.length).toBe(zh.length);
    expect(boundedZh.filter(Boolean).length).toBeGreaterThan(0);
    expect(boundedEn).toEqual(boundedZh);
  });
});
