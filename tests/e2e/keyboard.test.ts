import { describe, expect, it } from 'vitest';
import { builtPages, onePerTemplate } from '../support/site-pages.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { tabThrough } from '../support/keyboard.ts';
import { visit } from '../support/visit.ts';

const site = siteUnderTest();

// Tabbing is one key press and one read per element, so time grows with the page: the figures table has over
// 700 links and takes up to two minutes at 360 px on a 2-core machine, more while the other checks run beside it.
const TIMEOUT = 300_000;

describe.concurrent('keyboard', () => {
  for (const page of onePerTemplate(builtPages(DIST))) {
    // The figures page is walked at desktop width only: its 700 links are the same at both widths and took
    // about two minutes each at 360 px, and the phone header it shares is walked on every other template.
    const widths = page.template.startsWith('figures') ? [1280] : [1280, 360];
    for (const width of widths) {
      it(
        `${page.template} (/${page.path}, ${width}px): Tab reaches every interactive element, each with a visible focus indicator`,
        async () => {
          const path = page.template === 'not found' ? 'no/such/page/' : page.path;
          const v = await visit(site.browser, site.server.url + path, {
            width,
            expectStatus: page.template === 'not found' ? 404 : 200,
          });
          try {
            const report = await tabThrough(v.page);
            expect(report.count).toBeGreaterThan(0);
            expect(report.first, 'the first Tab lands on the skip link').toBe(0);
            expect(report.missed, 'elements Tab never reached').toEqual([]);
            expect(report.unmarked, 'focused elements without a visible focus indicator').toEqual([]);
          } finally {
            await v.close();
          }
        },
        TIMEOUT,
      );
    }
  }
});
