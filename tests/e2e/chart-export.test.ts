import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, headersFor } from '../../tooling/browser/headers-file.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { visit } from '../support/visit.ts';

/**
 * Charts leaving the site, in Chromium: the PNG download (its width read from
 * the file), the copied link to the chart's anchor, the embed pages in both
 * languages, and `_headers` letting only those be framed.
 */
const site = siteUnderTest();
const PAGE = 'indicators/rd-intensity/';
const CHART = 'compare-rd-intensity';

/** A PNG's width: bytes 16–19, in its IHDR chunk, after the 8-byte signature. */
const pngWidth = (png: Buffer) => {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return png.readUInt32BE(16);
};

describe('chart export', () => {
  it('downloads the chart as a PNG at least 1,600 pixels wide, named after the chart', async () => {
    const v = await visit(site.browser, site.server.url + PAGE);
    try {
      const button = v.page.locator(`[id="${CHART}"] button[data-share-action="png"]`);
      await button.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([v.page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(`${CHART}.png`);
      const file = await download.path();
      expect(pngWidth(readFileSync(file))).toBeGreaterThanOrEqual(1600);
      await expect.poll(() => v.page.locator(`[id="${CHART}"] [role="status"]`).textContent()).toBe('图片已下载。');
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it("copies the absolute URL of the chart's anchor, and links to it without JavaScript", async () => {
    const v = await visit(site.browser, site.server.url + PAGE);
    try {
      await v.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await v.page.click(`[id="${CHART}"] button[data-share-action="copy-link"]`);
      await expect.poll(() => v.page.locator(`[id="${CHART}"] [role="status"]`).textContent()).toBe('链接已复制。');
      expect(await v.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${PAGE}#${CHART}`);
      // The embed snippet names the served address.
      const snippet = await v.page.locator(`[id="${CHART}-embed-code"]`).inputValue();
      expect(snippet).toContain(`src="${site.server.url}embed/${CHART}/"`);
    } finally {
      await v.close();
    }
    const off = await visit(site.browser, site.server.url + PAGE, { javaScript: false });
    try {
      expect(await off.page.locator(`[id="${CHART}"] button[data-share-action]`).first().isHidden()).toBe(true);
      expect(await off.page.locator(`[id="${CHART}"] a.chart__anchor`).getAttribute('href')).toBe(`/${PAGE}#${CHART}`);
    } finally {
      await off.close();
    }
  });

  for (const prefix of ['', 'en/']) {
    it(`shows the chart, its table, the licence and a link back on /${prefix}embed/<id>/`, async () => {
      const v = await visit(site.browser, `${site.server.url}${prefix}embed/${CHART}/`);
      try {
        const figure = v.page.locator(`[id="${CHART}"]`);
        await v.page.waitForFunction((id) => document.getElementById(id)?.dataset.chartState === 'drawn', CHART);
        expect(await figure.locator('table td[data-value]').count()).toBeGreaterThan(1);
        expect(await v.page.locator('.site-header, .site-footer, nav').count()).toBe(0);
        expect(await v.page.locator('a[rel="license"]').getAttribute('href')).toBe(
          'https://creativecommons.org/licenses/by/4.0/',
        );
        expect(await v.page.locator('a[data-embed-back]').getAttribute('href')).toMatch(
          new RegExp(`/${prefix}${PAGE}#${CHART}$`),
        );
        expect(await v.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
        expect(v.errors).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }

  it('falls back to the table, with no console error, when the chart has nothing it can draw', async () => {
    const url = `${site.server.url}embed/${CHART}/`;
    const v = await visit(site.browser, url, { javaScript: false });
    const html = await (await v.page.request.get(url)).text();
    await v.close();
    // The same page with rows that hold no value to draw.
    const broken = html.replace(
      /data-chart="[^"]*"/,
      `data-chart="${'{&quot;type&quot;:&quot;comparison&quot;,&quot;language&quot;:&quot;zh&quot;,&quot;rows&quot;:[]}'}"`,
    );
    const w = await visit(site.browser, url);
    try {
      await w.page.route(url, (route) => route.fulfill({ body: broken, contentType: 'text/html; charset=utf-8' }));
      await w.page.reload();
      await w.page.waitForFunction((id) => document.getElementById(id)?.dataset.chartState === 'failed', CHART);
      expect(await w.page.locator(`[id="${CHART}"] .chart__plot`).isHidden()).toBe(true);
      expect(await w.page.locator(`[id="${CHART}"] [data-chart-failed]`).isVisible()).toBe(true);
      expect(await w.page.locator(`[id="${CHART}"] table`).isVisible()).toBe(true);
      expect(w.errors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('lets other sites frame the embed pages only', () => {
    const rules = parseHeadersFile(join(DIST, '_headers'));
    for (const path of [`/embed/${CHART}/`, `/en/embed/${CHART}/`]) {
      expect(headersFor(rules, path)['Content-Security-Policy']).not.toContain('frame-ancestors');
      expect(headersFor(rules, path)['X-Frame-Options']).toBeUndefined();
    }
    for (const path of ['/', `/${PAGE}`, `/en/${PAGE}`, '/data/'])
      expect(headersFor(rules, path)['X-Frame-Options'], path).toBe('DENY');
  });
});
