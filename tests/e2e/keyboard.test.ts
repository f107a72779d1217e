import { describe, expect, it } from 'vitest';
import { builtPages, onePerTemplate } from '../support/site-pages.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { tabThrough } from '../support/keyboard.ts';
import { tabPool } from '../support/visit.ts';

const site = siteUnderTest();
const visit = tabPool(() => site.browser);

// Tabbing is one key press and one read per element, so time grows with the page: the figures table has over
// 700 links and takes up to two minutes at 360 px on a 2-core machine, more while the other checks run beside it.
const TIMEOUT = 300_000;
const PHONE_WALKED = new Set(['home', 'report', 'plan part', 'other', 'compare', 'glossary', 'not found']);

describe.concurrent('keyboard', () => {
  for (const page of onePerTemplate(builtPages(DIST))) {
    // Every template is walked at desktop width. At 360 px the page is the same document with the menu folded,
    // so the phone walk runs on the templates readers use most on a phone (a third of the walks' time, to keep
    // CI under 30 minutes: docs/benchmarks.md, "CI time"); the figures page's 700 links took two minutes there.
    const widths = PHONE_WALKED.has(page.template.replace(/ \(en\)$/, '')) ? [1280, 360] : [1280];
    for (const width of widths) {
      it(
        `${page.template} (/${page.path}, ${width}px): Tab reaches every interactive element, each with a visible focus indicator`,
        async () => {
          const path = page.template === 'not found' ? 'no/such/page/' : page.path;
          const v = await visit(site.server.url + path, {
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
