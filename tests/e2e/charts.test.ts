import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listTree } from '../../src/lib/io/tree.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { visit } from '../support/visit.ts';

/**
 * Charts, in Chromium: every chart on every page is drawn (its canvas is not
 * blank) and draws exactly the numbers of the table beside it; Chart.js loads
 * only on pages with charts and only when one nears the viewport; charts
 * follow the theme; without JavaScript the tables stand alone.
 */
const site = siteUnderTest();
const chartPages = listTree(DIST)
  .filter((f) => f.endsWith('index.html') && readFileSync(join(DIST, f), 'utf8').includes('data-chart='))
  .map((f) => f.replace(/index\.html$/, ''))
  .sort();

/**
 * How long a chart may take to load Chart.js and draw: under CI's load (the browser tests run side by side on 2
 * cores) a first draw has taken over a second, so Vitest's default poll of 1 s failed at random (twice in 2026-12).
 */
const DRAW_TIMEOUT = 10_000;

/** Scrolls each chart into view, waits until it is drawn, and reads what it drew and what its table says. */
async function drawnCharts(page: Page) {
  const ids = await page.$$eval('[data-chart]', (figures) => figures.map((f) => f.id));
  const charts = [];
  for (const id of ids) {
    const figure = page.locator(`[id="${id}"]`);
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((figureId) => document.getElementById(figureId)?.dataset.chartState === 'drawn', id, {
      timeout: DRAW_TIMEOUT,
    });
    charts.push(
      await figure.evaluate((el) => {
        const canvas = el.querySelector('canvas')!;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        const colours = new Set<number>();
        let painted = 0;
        for (let i = 0; i < data.length; i += 4 * 7) {
          if (data[i + 3]! > 0) {
            painted += 1;
            colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
          }
        }
        return {
          id: el.id,
          painted: painted / (data.length / (4 * 7)),
          colours: colours.size,
          drawn: JSON.parse(el.getAttribute('data-chart-values') ?? '[]') as number[],
          table: [...el.querySelectorAll('td[data-value]')].map((td) => ({
            value: Number(td.getAttribute('data-value')),
            text: td.textContent ?? '',
          })),
          label: canvas.getAttribute('aria-label') ?? '',
          role: canvas.getAttribute('role'),
        };
      }),
    );
  }
  return charts;
}

describe('charts', () => {
  it('appear on the indicator, comparison and tracker pages in both languages', () => {
    for (const path of [
      'indicators/high-tech-enterprises/',
      'en/indicators/high-tech-enterprises/',
      'compare/',
      'en/compare/',
      'tracker/',
      'en/tracker/',
    ]) {
      expect(chartPages, path).toContain(path);
    }
  });

  describe.concurrent('on every page with charts', () => {
    for (const path of chartPages) {
      it(`/${path}: each canvas is drawn and holds exactly its table's numbers`, async ({ expect }) => {
        const v = await visit(site.browser, site.server.url + path);
        try {
          const charts = await drawnCharts(v.page);
          expect(charts.length).toBeGreaterThan(0);
          for (const chart of charts) {
            expect(chart.role, chart.id).toBe('img');
            expect(chart.table.length, `${chart.id}: rows in its table`).toBeGreaterThan(0);
            expect(chart.painted, `${chart.id}: share of the canvas painted`).toBeGreaterThan(0.01);
            expect(chart.colours, `${chart.id}: colours on the canvas`).toBeGreaterThan(3);
            expect(chart.drawn, `${chart.id}: numbers drawn vs the table`).toEqual(chart.table.map((row) => row.value));
            // The label a screen reader hears names every number of the table, as the table writes it.
            for (const row of chart.table) expect(chart.label, chart.id).toContain(row.text.trim());
          }
          expect(v.errors).toEqual([]);
        } finally {
          await v.close();
        }
      });
    }
  });

  it('load Chart.js only when a chart nears the viewport, and never on pages without charts', async () => {
    const v = await visit(site.browser, `${site.server.url}compare/`);
    try {
      const chartScript = (urls: string[]) => urls.filter((u) => /\/_astro\/draw\.[\w-]+\.js$/.test(u));
      expect(chartScript(v.loaded), 'Chart.js before scrolling').toEqual([]);
      const requested: string[] = [];
      v.page.on('request', (r) => requested.push(r.url()));
      await v.page.locator('[data-chart]').first().scrollIntoViewIfNeeded();
      await expect
        .poll(() => v.page.locator('[data-chart]').first().getAttribute('data-chart-state'), { timeout: DRAW_TIMEOUT })
        .toBe('drawn');
      expect(chartScript(requested)).toHaveLength(1);
    } finally {
      await v.close();
    }
    const report = await visit(site.browser, `${site.server.url}reports/qijiang-2022-high-tech-zone/`);
    try {
      await report.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
      expect(report.loaded.filter((u) => /draw\.|ChartFigure/.test(u))).toEqual([]);
    } finally {
      await report.close();
    }
  });

  it('label their numbers in the page language (Chinese 3.84亿元, English 384 million yuan)', async () => {
    for (const [path, expected] of [
      ['compare/', '3.84亿元'],
      ['en/compare/', '384 million yuan'],
    ] as const) {
      const v = await visit(site.browser, site.server.url + path);
      try {
        const label = await v.page.locator('#compare-knowledge-value-credit-loans canvas').getAttribute('aria-label');
        expect(label).toContain(expected);
      } finally {
        await v.close();
      }
    }
  });

  it('redraw in the other theme when the reader switches it', async () => {
    const v = await visit(site.browser, `${site.server.url}indicators/high-tech-enterprises/`, {
      colorScheme: 'light',
    });
    try {
      const figure = v.page.locator('[data-chart]').first();
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.getAttribute('data-chart-state'), { timeout: DRAW_TIMEOUT }).toBe('drawn');
      const pixels = () =>
        figure.evaluate((el) => {
          const c = el.querySelector('canvas')!;
          return c.toDataURL();
        });
      const light = await pixels();
      await v.page.click('[data-theme-toggle]');
      await expect.poll(pixels, { timeout: DRAW_TIMEOUT }).not.toBe(light);
    } finally {
      await v.close();
    }
  });

  it('give way to their tables without JavaScript', async () => {
    const v = await visit(site.browser, `${site.server.url}indicators/high-tech-enterprises/`, { javaScript: false });
    try {
      expect(await v.page.locator('[data-chart] canvas').first().isVisible()).toBe(false);
      expect(await v.page.locator('[data-chart] table').first().isVisible()).toBe(true);
      expect(await v.page.locator('[data-chart] td[data-value]').first().textContent()).toBe('98家');
    } finally {
      await v.close();
    }
  });
});

describe('theme', () => {
  it('follows the system, and a choice made with the button is kept across pages without a flash', async () => {
    const v = await visit(site.browser, site.server.url, { colorScheme: 'dark' });
    try {
      const background = () => v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = await background();
      const toggle = v.page.locator('[data-theme-toggle]');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      const light = await background();
      expect(light).not.toBe(dark);
      // On the next page the choice is applied by the blocking head script, before anything paints.
      await v.page.goto(`${site.server.url}en/`);
      expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await background()).toBe(light);
    } finally {
      await v.close();
    }
  });
});

describe('print', () => {
  it('prints the text without navigation, with source addresses written out', async () => {
    const v = await visit(site.browser, `${site.server.url}reports/qijiang-2022-high-tech-zone/`);
    try {
      await v.page.emulateMedia({ media: 'print' });
      // The footer stays: its disclaimer ends the printed page (tests/e2e/reading.test.ts).
      for (const hidden of ['.site-header', '.toc', '[data-theme-toggle]', '.para-mark']) {
        const display = await v.page.evaluate((s) => {
          const el = document.querySelector(s);
          return el ? getComputedStyle(el).display : 'none';
        }, hidden);
        expect(display, hidden).toBe('none');
      }
      const after = await v.page.evaluate(
        () => getComputedStyle(document.querySelector('a[data-print-url]')!, '::after').content,
      );
      expect(after).toMatch(/sources\/qijiang-2022-high-tech-zone\.txt/);
      expect(await v.page.locator('#p22').isVisible()).toBe(true);
    } finally {
      await v.close();
    }
  });

  it('prints the parallel view in both languages, side by side', async () => {
    const v = await visit(site.browser, `${site.server.url}parallel/reports/qijiang-2022-high-tech-zone/`, {
      width: 360,
    });
    try {
      await v.page.emulateMedia({ media: 'print' });
      const row = v.page.locator('.parallel-row:not(.parallel-row--front)').first();
      const cells = await row.locator('.parallel-cell').evaluateAll((els) =>
        els.map((el) => ({
          lang: el.getAttribute('lang'),
          box: el.getBoundingClientRect().toJSON() as DOMRect,
          shown: getComputedStyle(el).display !== 'none',
        })),
      );
      expect(cells.map((c) => c.lang)).toEqual(['zh-CN', 'en']);
      expect(cells.every((c) => c.shown)).toBe(true);
      expect(cells[1]!.box.left).toBeGreaterThan(cells[0]!.box.left);
      expect(cells[1]!.box.top).toBe(cells[0]!.box.top);
    } finally {
      await v.close();
    }
  });
});
