import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { builtPages, onePerTemplate } from '../support/site-pages.ts';
import { ROOT } from '../support/sources.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';
import { tabThrough } from '../support/keyboard.ts';
import { visit } from '../support/visit.ts';

const DIST = join(ROOT, 'dist');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(DIST, { applyHeadersFile: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('keyboard', () => {
  for (const page of onePerTemplate(builtPages(DIST))) {
    for (const width of [1280, 360]) {
      it(`${page.template} (/${page.path}, ${width}px): Tab reaches every interactive element, each with a visible focus indicator`, async () => {
        const path = page.template === 'not found' ? 'no/such/page/' : page.path;
        const v = await visit(browser, server.url + path, { width, expectStatus: page.template === 'not found' ? 404 : 200 });
        try {
          const report = await tabThrough(v.page);
          expect(report.count).toBeGreaterThan(0);
          expect(report.first, 'the first Tab lands on the skip link').toBe(0);
          expect(report.missed, 'elements Tab never reached').toEqual([]);
          expect(report.unmarked, 'focused elements without a visible focus indicator').toEqual([]);
        } finally {
          await v.close();
        }
      });
    }
  }
});
