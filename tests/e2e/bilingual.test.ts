import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { visit } from '../support/visit.ts';

/** The Chinese site, its English twin, the parallel view and the glossary, in Chromium. */
const REPORT = 'reports/qijiang-2022-high-tech-zone/';
const CHAPTER = 'plan/qijiang-14th-five-year-st-plan/chapter-1/';
const site = siteUnderTest();
const url = (path: string) => site.server.url + path;

async function withPage<T>(
  path: string,
  check: (v: Awaited<ReturnType<typeof visit>>) => Promise<T>,
  options = {},
): Promise<T> {
  const v = await visit(site.browser, url(path), options);
  try {
    const result = await check(v);
    expect(v.errors, 'console errors').toEqual([]);
    return result;
  } finally {
    await v.close();
  }
}

describe('two languages', () => {
  it('set <html lang> and declare each other as alternates', async () => {
    for (const [path, lang] of [
      [REPORT, 'zh-CN'],
      [`en/${REPORT}`, 'en'],
      ['en/compare/', 'en'],
      ['glossary/', 'zh-CN'],
    ] as const) {
      await withPage(path, async ({ page }) => {
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        // Root-relative without a public address: resolved against the page, as a browser or crawler does.
        const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
          links.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname]),
        );
        expect(alternates).toEqual([
          ['zh-CN', `/${path.replace(/^en\//, '')}`],
          ['en', `/en/${path.replace(/^en\//, '')}`],
          ['x-default', `/${path.replace(/^en\//, '')}`],
        ]);
      });
    }
  });

  it('switch language on the same page and the same paragraph', async () => {
    await withPage(`${REPORT}#p22`, async ({ page }) => {
      await page.click('.lang-switch a[hreflang="en"]');
      await page.waitForURL(`**/en/${REPORT}#p22`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('#p22').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.getElementById('p22')!.getBoundingClientRect().top)).toBeLessThan(300);
      await page.click('.lang-switch a:has-text("Parallel")');
      await page.waitForURL(`**/en/parallel/${REPORT}#p22`);
      await page.click('.lang-switch a[hreflang="zh-CN"]');
      await page.waitForURL(`**/${REPORT}#p22`);
      expect(new URL(page.url()).pathname).toBe(`/${REPORT}`);
    });
  });

  it('say on every English page that it is an unofficial translation, linking to the original', () => {
    const enDir = join(DIST, 'en');
    const pages = ['reports', 'plan/qijiang-14th-five-year-st-plan'].flatMap((dir) =>
      readdirSync(join(enDir, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${dir}/${d.name}/`),
    );
    expect(pages.length).toBe(16);
    for (const path of pages) {
      const html = readFileSync(join(enDir, path, 'index.html'), 'utf8');
      expect(html, path).toContain('This is an unofficial English translation. The Chinese original prevails');
      expect(html, path).toContain(`href="/${path}" hreflang="zh-CN" data-keep-hash>Read the Chinese original</a>`);
    }
  });

  it('show the data pages with the English names of indicators and districts', async () => {
    await withPage('en/compare/', async ({ page }) => {
      const text = await page.locator('main').innerText();
      expect(text).toContain('High-tech enterprises');
      expect(text).toContain('Qijiang');
      expect(text).not.toContain('高新技术企业数');
    });
  });
});

describe('the parallel view', () => {
  it('aligns every paragraph of the Chinese with its translation: side by side, and stacked on a phone', async () => {
    for (const width of [1280, 360]) {
      await withPage(
        `parallel/${CHAPTER}`,
        async ({ page }) => {
          const rows = await page.$$eval('.parallel-row', (all) =>
            all.map((row) => {
              const [zh, en] = [...row.querySelectorAll(':scope > .parallel-cell')].map((c) =>
                c.getBoundingClientRect(),
              );
              return {
                id: row.id,
                zhLang: row.children[0]!.getAttribute('lang'),
                enLang: row.children[1]!.getAttribute('lang'),
                missing: row.querySelector('.parallel-missing') !== null,
                zhTop: zh!.top,
                enTop: en!.top,
                zhBottom: zh!.bottom,
              };
            }),
          );
          // Chapter 1: front line, 5 sections, 23 paragraphs, Table 1 (one row: the table stays whole).
          expect(rows.length).toBeGreaterThan(25);
          for (const row of rows) {
            expect(row, row.id).toMatchObject({ zhLang: 'zh-CN', enLang: 'en', missing: false });
            if (width === 1280) expect(Math.abs(row.zhTop - row.enTop), row.id).toBeLessThan(2);
            else expect(row.enTop, row.id).toBeGreaterThanOrEqual(row.zhBottom - 1);
          }
          // Table 1 in both languages, in its own scrolling box.
          expect(await page.locator('#zh-table1 td').count()).toBe(await page.locator('#en-table1 td').count());
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        },
        { width },
      );
    }
  });

  it('keeps paragraph permalinks working in all three views', async () => {
    for (const path of [REPORT, `en/${REPORT}`, `parallel/${REPORT}`, `en/parallel/${REPORT}`]) {
      await withPage(`${path}#p17`, async ({ page }) => {
        const top = await page.evaluate(
          () => document.getElementById('p17')?.getBoundingClientRect().top ?? Number.NaN,
        );
        expect(top, path).toBeGreaterThanOrEqual(-1);
        expect(top, path).toBeLessThan(200);
      });
    }
  });
});

describe('the glossary', () => {
  it('lists every term with its rendering and the pages it occurs on', async () => {
    await withPage('en/glossary/', async ({ page }) => {
      const entries = page.locator('.glossary__entry');
      expect(await entries.count()).toBeGreaterThanOrEqual(80);
      const srdi = page.locator('#term-specialised-refined-distinctive-innovative');
      expect(await srdi.locator('.glossary__zh').textContent()).toBe('专精特新');
      expect(await srdi.locator('.glossary__pages a').count()).toBeGreaterThanOrEqual(3);
      await srdi.locator('.glossary__pages a').first().click();
      await page.waitForURL(/\/en\/(reports|plan)\/.+#/);
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${target}"]`).innerText()).toMatch(
        /specialised, refined, distinctive and innovative/i,
      );
    });
  });

  it('lists a common term’s ten pages where it occurs most, and the rest as a search for it', async () => {
    await withPage('en/glossary/', async ({ page }) => {
      // Terms on more than ten of the site's pages: 高新技术企业 among them.
      const entries = page.locator('.glossary__entry', { has: page.locator('.glossary__more') });
      expect(await entries.count()).toBeGreaterThan(0);
      for (const entry of await entries.all()) {
        expect(await entry.locator('.glossary__pages a:not(.glossary__more)').count()).toBe(10);
        const counts = (await entry.locator('.glossary__pages').innerText())
          .match(/\((\d+)\)/g)!
          .map((c) => Number(c.slice(1, -1)));
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        const more = new URL((await entry.locator('.glossary__more').getAttribute('href'))!, page.url());
        expect(more.pathname).toBe('/en/search/');
        expect(more.searchParams.get('q')).toBe(await entry.locator('.glossary__zh').textContent());
      }
      await entries.first().locator('.glossary__more').click();
      await page.waitForURL(/\/en\/search\/\?q=/);
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/pages? contains?/);
    });
  });

  it('offers a term’s rendering at its first use on a page, in a card that Escape closes', async () => {
    await withPage(REPORT, async ({ page }) => {
      const first = page.locator('.term__button').filter({ hasText: '高新技术企业' }).first();
      expect(
        await page
          .locator('.term__button')
          .filter({ hasText: /^高新技术企业$/ })
          .count(),
      ).toBe(1);
      await first.focus();
      await page.keyboard.press('Enter');
      const card = page.locator('#gl-high-tech-enterprise');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      expect(await card.locator('.term__other').textContent()).toBe('high-tech enterprise');
      await page.keyboard.press('Escape');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    });
  });
});

describe('figures on English pages', () => {
  it('open their record with the English value, the indicator’s English name and the Chinese as printed', async () => {
    await withPage(`en/${REPORT}`, async ({ page }) => {
      await page.click('#fig-p22-2');
      const card = page.locator('#figure-card');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      expect(await card.locator('[data-part="title"]').textContent()).toBe('High-tech enterprises');
      expect(await card.locator('[data-part="value"]').textContent()).toBe('123 (123家)');
      expect(await card.locator('[data-part="period"]').textContent()).toBe('2021');
    });
  });
});
