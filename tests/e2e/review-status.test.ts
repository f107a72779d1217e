import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObservationData } from '../../src/lib/data/records.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { visit } from '../support/visit.ts';
import { listTree } from '../../src/lib/io/tree.ts';

/** A machine's match is never shown as fact: every proposed value is marked, in words, wherever it is shown. */
const MARK = { zh: '自动匹配，未经人工核对', en: 'matched automatically, not yet reviewed' };
const read = (...path: string[]) => readFileSync(join(DIST, ...path), 'utf8');
/** The HTML files under a folder of dist, as paths from dist (`en/indicators/x/index.html`, `…/x/qijiang/index.html`). */
const indicatorPages = (...folder: string[]) =>
  listTree(join(DIST, ...folder))
    .filter((f) => f.endsWith('index.html'))
    .map((f) => join(...folder, f));
const observations = JSON.parse(read('data', 'indicators.json')) as ObservationData[];
const proposed = observations.filter((o) => o.status === 'proposed');

// Served without the site's `_headers`: these checks are of the pages, not of the deployment.
const site = siteUnderTest(DIST, {});

describe('values matched automatically', () => {
  it('exist in the seeds, and the open data says which (status)', () => {
    // 大足 p13 新认定市级众创空间2家, 大足 p29 91.87%, the plan's 是“十二五”末期的5.4倍: no entry decides them.
    expect(proposed.length).toBeGreaterThan(0);
    expect(new Set(observations.map((o) => o.status))).toEqual(new Set(['reviewed', 'proposed']));
    expect(read('data', 'indicators.csv').split('\n')[0]).toContain(',status,');
  });

  it('are marked on their indicator pages, in both languages, and reviewed values are not', () => {
    const indicators = new Set(observations.map((o) => o.indicator));
    for (const indicator of indicators) {
      const own = proposed.filter((o) => o.indicator === indicator).length;
      for (const [prefix, mark] of [
        [[], MARK.zh],
        [['en'], MARK.en],
      ] as const) {
        // The indicator's page (its charts) and its values by district (indicators/<id>/<district>/).
        const html = indicatorPages(...prefix, 'indicators', indicator)
          .map((file) => read(file))
          .join('');
        // Once per proposed value in its district's table of values, and again where a chart's table shows it.
        const marks = html.split(`class="proposed-mark">${mark}<`).length - 1;
        if (own === 0) expect(marks, `${prefix.join('/')} ${indicator}`).toBe(0);
        else expect(marks, `${prefix.join('/')} ${indicator}`).toBeGreaterThanOrEqual(own);
      }
    }
  });

  it('show the mark on screen beside the value, not only in the markup', async () => {
    const o = proposed[0]!;
    // The table of its district's values, where it stands as a row of its own.
    const file = indicatorPages('en', 'indicators', o.indicator).find(
      (f) => f.split('/').length > 4 && read(f).includes(`class="proposed-mark">${MARK.en}<`),
    );
    expect(file, `a page of ${o.indicator}'s values with the mark`).toBeDefined();
    const { page, close } = await visit(site.browser, `${site.server.url}${file!.replace(/index\.html$/, '')}`);
    try {
      const mark = page.locator('.proposed-mark').first();
      expect(await mark.isVisible()).toBe(true);
      expect(await mark.textContent()).toBe(MARK.en);
    } finally {
      await close();
    }
  });

  it('name their indicator in the figure card with the mark, and do not label the figure as if reviewed', () => {
    for (const o of proposed) {
      const slug = o.page.replace(/\/#.*$/, '');
      const card = JSON.parse(read('data', 'pages', `${slug}.json`)) as {
        figures: { anchor: string; labelEn?: string; indicator?: { proposed: boolean } }[];
      };
      const id = o.figure.split('.').slice(-2).join('-');
      const figure = card.figures.find((f) => f.anchor === `fig-${id}`);
      expect(figure?.indicator?.proposed, o.figure).toBe(true);
      expect(figure?.labelEn, o.figure).toBeUndefined();
    }
  });
});
