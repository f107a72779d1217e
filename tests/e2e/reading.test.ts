// Reading on a phone, at large text, on paper and across the two languages (issue 20).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { builtPages, onePerTemplate } from '../support/site-pages.ts';
import { largeText } from '../support/large-text.ts';
import { visit } from '../support/visit.ts';
import { ROOT } from '../support/sources.ts';
import { searchFor } from '../support/search-page.ts';

const site = siteUnderTest();
const PHONE = 390;
const REPORT = 'reports/dazu-2023-innovation-highland/';
const CHAPTER_1 = 'plan/qijiang-14th-five-year-st-plan/chapter-1/';
const REPORTS = readdirSync(join(ROOT, 'content', 'zh', 'reports')).filter((f) => f.endsWith('.mdx')).length;

// Each check opens its own browser context: a few run at once (vitest maxConcurrency).
describe.concurrent('at 390 px with the text at 200 %', () => {
  const pages = onePerTemplate(builtPages(DIST)).filter((p) => !p.template.startsWith('chart embed'));
  for (const { path, template } of pages) {
    it(`${template} (/${path}): no sideways scroll, and the header takes at most a third of the screen`, async () => {
      const v = await visit(site.browser, site.server.url + path, {
        width: PHONE,
        expectStatus: path === '404.html' ? 404 : 200,
      });
      try {
        await largeText(v.page);
        const measured = await v.page.evaluate(() => {
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => !el.closest('.table-scroll, .visually-hidden, [popover], .chart-export'))
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return {
            scrollWidth: document.documentElement.scrollWidth,
            width: innerWidth,
            header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
            screen: innerHeight,
            wide,
          };
        });
        expect(measured.wide).toEqual([]);
        expect(measured.scrollWidth).toBeLessThanOrEqual(measured.width);
        expect(measured.header).toBeLessThanOrEqual(measured.screen / 3);
      } finally {
        await v.close();
      }
    });
  }

  it('the menu opens without JavaScript, and holds the navigation, search and language switch', async () => {
    const v = await visit(site.browser, site.server.url + REPORT, { width: PHONE, javaScript: false });
    try {
      const nav = v.page.locator('.site-nav');
      expect(await nav.isVisible()).toBe(false);
      await v.page.locator('.site-menu__toggle').click();
      expect(await nav.isVisible()).toBe(true);
      expect(await v.page.locator('#site-search-q').isVisible()).toBe(true);
      expect(await v.page.locator('.lang-switch a[hreflang="en"]').isVisible()).toBe(true);
      // The pages journalists work from are in it.
      const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const page of ['compare/', 'tracker/', 'discrepancies/']) expect(hrefs).toContain(`/${page}`);
    } finally {
      await v.close();
    }
  });
});

describe.concurrent('tables on a phone', () => {
  // A year, a number with its unit or a word split over two lines, in any cell of these tables.
  const tables = [
    CHAPTER_1,
    'en/' + CHAPTER_1,
    'indicators/high-tech-enterprises/',
    'en/indicators/high-tech-enterprises/',
    'indicators/high-tech-enterprises/qijiang/',
    'en/indicators/high-tech-enterprises/qijiang/',
    'compare/',
    'en/tracker/',
  ];
  for (const path of tables) {
    it(`/${path}: no cell breaks inside a year, a number with its unit, or a word`, async () => {
      const v = await visit(site.browser, site.server.url + path, { width: PHONE });
      try {
        const broken = await v.page.evaluate(() => {
          // A hyphen is a place a line may break ("technology-/based"); a word is letters and apostrophes.
          const token = /\d[\d.,]*\s?(?:年|万|亿|元|家|个|件|人|项|%)*|[A-Za-z][A-Za-z'’]*[A-Za-z]/gu;
          const found: string[] = [];
          for (const cell of document.querySelectorAll('.data-table th, .data-table td')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of (node.textContent ?? '').matchAll(token)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set(
                  [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
                );
                if (lines.size > 1) found.push(`${cell.id || cell.tagName}: ${match[0]}`);
              }
            }
          }
          return found;
        });
        expect(broken).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }

  it('a wide table scrolls inside its box, with the row names kept in view', async () => {
    // A district's table of an indicator's values: six columns, the district the row's name.
    const v = await visit(site.browser, site.server.url + 'en/indicators/high-tech-enterprises/qijiang/', {
      width: PHONE,
    });
    try {
      const box = await v.page.evaluate(() => {
        const scroller = document.querySelector('.table-scroll:has(.data-table tbody th[scope="row"])')!;
        const rowName = scroller.querySelector('tbody th[scope="row"]')!;
        const offset = rowName.getBoundingClientRect().left - scroller.getBoundingClientRect().left;
        scroller.scrollLeft = scroller.scrollWidth;
        return {
          // Scrolled further than the row name's own offset: a cell that did not stick would be out of view.
          scrolls: scroller.scrollLeft > offset + 20,
          rowNameStays: Math.abs(rowName.getBoundingClientRect().left - scroller.getBoundingClientRect().left) <= 2,
          pageWidth: document.documentElement.scrollWidth <= innerWidth,
        };
      });
      expect(box).toEqual({ scrolls: true, rowNameStays: true, pageWidth: true });
    } finally {
      await v.close();
    }
  });
});

describe("keeping the reader's place", () => {
  it('after a scroll, the language switch and the parallel view open at the same paragraph', async () => {
    const v = await visit(site.browser, site.server.url + CHAPTER_1);
    try {
      await v.page.evaluate(() => document.getElementById('p8')!.scrollIntoView({ block: 'start' }));
      await v.page.waitForFunction(
        () => document.querySelector<HTMLAnchorElement>('.lang-switch a[hreflang="en"]')!.hash === '#p8',
      );
      const parallel = await v.page.locator('.lang-switch a', { hasText: /对照/ }).getAttribute('href');
      expect(
        await v.page.locator('.lang-switch a', { hasText: /对照/ }).evaluate((a: HTMLAnchorElement) => a.hash),
      ).toBe('#p8');
      expect(parallel).toBeTruthy();
      // The header does not stay in view: the reader scrolls back up to reach the switch, and keeps the place.
      await v.page.evaluate(() => scrollTo(0, 0));
      await v.page.waitForTimeout(400); // longer than the island's 120 ms wait after the last scroll
      expect(await v.page.locator('.lang-switch a[hreflang="en"]').evaluate((a: HTMLAnchorElement) => a.hash)).toBe(
        '#p8',
      );
      await v.page.locator('.lang-switch a[hreflang="en"]').click();
      await v.page.waitForURL(/\/en\/plan\/.*#p8$/);
      const top = await v.page.evaluate(() => document.getElementById('p8')!.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(80);
    } finally {
      await v.close();
    }
  });

  it('at the top of the page the switch opens the other page at its top', async () => {
    const v = await visit(site.browser, site.server.url + CHAPTER_1);
    try {
      expect(await v.page.locator('.lang-switch a[hreflang="en"]').evaluate((a: HTMLAnchorElement) => a.hash)).toBe('');
    } finally {
      await v.close();
    }
  });
});

describe('paragraph marks', () => {
  it('show each paragraph’s source lines, the same in Chinese and English, and link to the paragraph', async () => {
    const marks = async (path: string) => {
      const v = await visit(site.browser, site.server.url + path);
      try {
        return await v.page.$$eval('main p[id] > .para-mark, main li[id] > .para-mark', (as) =>
          as.map((a) => ({
            id: a.parentElement!.id,
            href: a.getAttribute('href'),
            lines: a.querySelector('.para-mark__lines')?.textContent,
            // The link's name as a screen reader reads it: its text, but for the ¶ hidden from it.
            label: [...a.childNodes]
              .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
              .map((n) => n.textContent)
              .join(''),
          })),
        );
      } finally {
        await v.close();
      }
    };
    const zh = await marks(REPORT);
    const en = await marks('en/' + REPORT);
    // content/zh/reports/dazu-2023-innovation-highland.mdx: p1 came from line 85 of the source.
    expect(zh.find((m) => m.id === 'p1')).toEqual({
      id: 'p1',
      href: '#p1',
      lines: '85',
      label: '本段链接，原文第85行',
    });
    expect(en.find((m) => m.id === 'p1')).toEqual({
      id: 'p1',
      href: '#p1',
      lines: '85',
      label: 'Link to this paragraph, source line 85',
    });
    expect(zh.length).toBeGreaterThan(10);
    expect(en.map((m) => [m.id, m.lines])).toEqual(zh.map((m) => [m.id, m.lines]));
  });

  it('a click goes to the paragraph and copies its address', async () => {
    const v = await visit(site.browser, site.server.url + REPORT);
    try {
      await v.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
      await v.page.locator('#p3 > .para-mark').click();
      await v.page.waitForURL(/#p3$/);
      await v.page.waitForFunction(
        () => document.querySelector('[role="status"].visually-hidden')?.textContent === '已复制本段链接',
      );
      expect(await v.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${REPORT}#p3`);
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('are not part of the text a reader copies or search reads', async () => {
    const v = await visit(site.browser, site.server.url + REPORT);
    try {
      const mark = v.page.locator('#p1 > .para-mark');
      expect(await mark.getAttribute('data-chrome')).toBe('');
      expect(await mark.getAttribute('data-pagefind-ignore')).toBe('');
      expect(await mark.evaluate((a) => getComputedStyle(a).userSelect)).toBe('none');
    } finally {
      await v.close();
    }
  });
});

describe('Chinese line breaking', () => {
  it('keeps the punctuation after a glossary term on the term’s line (no 、 or 。 begins a line)', async () => {
    const v = await visit(site.browser, site.server.url + CHAPTER_1, { width: 360 });
    try {
      const found = await v.page.evaluate(() => {
        const closing = /^[、，。；：！？）》」』”’]/u;
        const loose = [...document.querySelectorAll('.term')]
          .filter((term) => !term.parentElement!.matches('.term-glue'))
          .filter((term) => closing.test(term.nextSibling?.textContent ?? ''))
          .map((term) => term.textContent);
        const glued = [...document.querySelectorAll('.term-glue')];
        const split = glued
          .filter((glue) => {
            const button = glue.querySelector('.term__button')!.getClientRects();
            const range = document.createRange();
            range.selectNodeContents(glue.lastChild!);
            const mark = range.getClientRects();
            // On the same line: the mark's middle is within the button's box (the box is taller than the glyphs).
            const last = button[button.length - 1]!;
            const middle = (mark[0]!.top + mark[0]!.bottom) / 2;
            return middle < last.top || middle > last.bottom;
          })
          .map((glue) => glue.textContent);
        return {
          loose,
          split,
          glued: glued.length,
          strict: getComputedStyle(document.querySelector('main p')!).lineBreak,
        };
      });
      expect(found.loose).toEqual([]);
      expect(found.split).toEqual([]);
      expect(found.glued).toBeGreaterThan(0);
      expect(found.strict).toBe('strict');
    } finally {
      await v.close();
    }
  });
});

describe('translator’s notes in headings', () => {
  it('stay out of the table of contents', async () => {
    const v = await visit(site.browser, site.server.url + 'en/reports/qijiang-2022-high-tech-zone/');
    try {
      const heading = await v.page.locator('#s2').innerText();
      expect(heading).toContain('a classical idiom');
      const entries = await v.page.locator('.toc a').allInnerTexts();
      expect(entries).toContain('Using stones from other hills to polish jade');
      expect(entries.join('\n')).not.toContain('classical idiom');
    } finally {
      await v.close();
    }
  });

  it('stay out of the section headings search shows (English words: Pagefind’s index)', async () => {
    const v = await visit(site.browser, site.server.url + 'en/search/');
    try {
      await searchFor(site.server.url, v.page, { q: 'stones hills jade' }, 'en/search/');
      const headings = await v.page.locator('a[data-kind="section"]').allInnerTexts();
      expect(headings).toContain('Using stones from other hills to polish jade');
      expect(headings.join('\n')).not.toMatch(/note|idiom/i);
    } finally {
      await v.close();
    }
  });
});

describe('print', () => {
  for (const path of [REPORT, 'en/' + CHAPTER_1, 'en/compare/']) {
    it(`/${path}: the site and the page's address at the top, the disclaimer at the end, nothing wider than the paper`, async () => {
      const v = await visit(site.browser, site.server.url + path, { width: 700 });
      try {
        await v.page.emulateMedia({ media: 'print' });
        const printed = await v.page.evaluate(() => {
          const masthead = document.querySelector<HTMLElement>('.print-masthead');
          const footer = document.querySelector<HTMLElement>('.site-footer');
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.visually-hidden'))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`);
          return {
            masthead: masthead?.checkVisibility() ? masthead.innerText : '',
            mastheadFirst: masthead
              ? masthead.getBoundingClientRect().top < document.querySelector('main')!.getBoundingClientRect().top
              : false,
            footer: footer?.checkVisibility() ? footer.innerText : '',
            wide,
          };
        });
        expect(printed.masthead).toContain(`${site.server.url}${path}`);
        expect(printed.masthead).toMatch(/重庆区县科技政策参考|Chongqing District S&T Policy Reference/);
        expect(printed.mastheadFirst).toBe(true);
        expect(printed.footer).toMatch(/非官方|unofficial/i);
        expect(printed.wide).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }

  it('leaves extraction leftovers off paper, with a line saying they exist', async () => {
    const v = await visit(site.browser, site.server.url + REPORT);
    try {
      // content/zh/reports/qijiang-2022-high-tech-zone.mdx ends with a <PrintResidue>.
      await v.page.goto(site.server.url + 'reports/qijiang-2022-high-tech-zone/');
      const residue = v.page.locator('.print-residue').first();
      expect(await residue.count()).toBe(1);
      const onScreen = await residue.innerText();
      await v.page.emulateMedia({ media: 'print' });
      const onPaper = await residue.innerText();
      expect(onPaper).toContain('不随本页打印');
      expect(onPaper.length).toBeLessThan(onScreen.length);
      expect(onScreen).not.toContain('不随本页打印');
    } finally {
      await v.close();
    }
  });
});

describe('the home page', () => {
  for (const [path, names] of [
    ['', ['綦江', '黔江', '大足', '《綦江区科技创新“十四五”规划》']],
    ['en/', ['Qijiang', 'Qianjiang', 'Dazu']],
  ] as const) {
    it(`/${path}: names the districts and texts, offers the main tasks, lists each report once`, async () => {
      const v = await visit(site.browser, site.server.url + path);
      try {
        const home = await v.page.evaluate(() => ({
          lead: document.querySelector('.home__lead')?.textContent ?? '',
          tasks: [...document.querySelectorAll('.task-list a')].map((a) => a.getAttribute('href')),
          reportLinks: [...document.querySelectorAll('main a')]
            .map((a) => a.getAttribute('href') ?? '')
            .filter((href) => /\/reports\/[^/#]+\/$/.test(href)),
        }));
        for (const name of names) expect(home.lead).toContain(name);
        expect(home.lead).toContain(String(REPORTS));
        expect(home.tasks.map((h) => h?.replace(/^\/(en\/)?/, ''))).toEqual([
          'figures/',
          'compare/',
          'tracker/',
          'plan/qijiang-14th-five-year-st-plan/',
        ]);
        expect(home.reportLinks.length).toBe(REPORTS);
        expect(new Set(home.reportLinks).size).toBe(REPORTS);
      } finally {
        await v.close();
      }
    });
  }
});

describe('the glossary filter', () => {
  it('finds 专精特新 by SRDI, by toneless pinyin and by Chinese, and keeps the query in the URL', async () => {
    const v = await visit(site.browser, site.server.url + 'en/glossary/');
    try {
      const visible = () => v.page.$$eval('#glossary-list > [data-filter]:not([hidden])', (es) => es.map((e) => e.id));
      const total = (await visible()).length;
      expect(total).toBeGreaterThan(100);
      await v.page.fill('#glossary-q', 'SRDI');
      expect(await visible()).toEqual(['term-specialised-refined-distinctive-innovative']);
      expect(await v.page.locator('#glossary-shown').innerText()).toBe(`Showing 1 of ${total} terms`);
      expect(v.page.url()).toContain('?q=SRDI');
      await v.page.fill('#glossary-q', 'zhuan jing te');
      expect(await visible()).toContain('term-specialised-refined-distinctive-innovative');
      await v.page.fill('#glossary-q', '专精特新');
      expect(await visible()).toContain('term-specialised-refined-distinctive-innovative');
      await v.page.fill('#glossary-q', 'qqqqzzzz');
      expect(await visible()).toEqual([]);
      expect(await v.page.locator('#glossary-none').isVisible()).toBe(true);
      await v.page.fill('#glossary-q', '');
      expect((await visible()).length).toBe(total);
    } finally {
      await v.close();
    }
  });

  it('without JavaScript the box is absent and the list complete', async () => {
    const v = await visit(site.browser, site.server.url + 'glossary/?q=SRDI', { javaScript: false });
    try {
      expect(await v.page.locator('#glossary-filter').isVisible()).toBe(false);
      expect(await v.page.locator('#glossary-list > [data-filter]:not([hidden])').count()).toBeGreaterThan(100);
    } finally {
      await v.close();
    }
  });
});
