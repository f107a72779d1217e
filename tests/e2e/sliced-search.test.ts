import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_QUERIES } from '../../tooling/bench/search-queries.ts';
import { serveDirectory, type StaticServer } from '../../tooling/browser/static-server.ts';
import { EXACT_BUNDLE } from '../../src/lib/search/build/bundles.ts';
import { IDS_PER_FILE, sliceDir, type BundleLayout } from '../../src/lib/search/browser/slices.ts';
import { LOCALES } from '../../src/lib/site/locale.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { ROOT } from '../support/sources.ts';
import { showAllResults } from '../support/search-page.ts';
import { visit, type Visit } from '../support/visit.ts';

/**
 * A large site's exact index is cut into slices, each a Pagefind index of its own (src/lib/search/build/slices.ts).
 * The site, indexed again with slices small enough to give it many (some of a single page), must answer every
 * query as its own index (a slice for each language) does: the same pages in the same order, the same counts,
 * sections, excerpts and figures.
 */
const SLICE_CHARACTERS = 8000;
const sliced = join(ROOT, '.tmp', 'sliced-search');
const site = siteUnderTest();
let slicedServer: StaticServer;
// A tab for each site: a visit blocks requests to any other origin.
let oneTab: Visit;
let slicedTab: Visit;

beforeAll(async () => {
  rmSync(sliced, { recursive: true, force: true });
  cpSync(DIST, sliced, { recursive: true });
  const indexed = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'index-search.ts'), sliced, '--slice-characters', String(SLICE_CHARACTERS)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (indexed.status !== 0) throw new Error(`indexing in slices failed:\n${indexed.stdout}${indexed.stderr}`);
  slicedServer = await serveDirectory(sliced, { applyHeadersFile: true });
  oneTab = await visit(site.browser, `${site.server.url}search/`);
  slicedTab = await visit(site.browser, `${slicedServer.url}search/`);
}, 120_000);
afterAll(async () => {
  await oneTab?.close();
  await slicedTab?.close();
  await slicedServer?.close();
  rmSync(sliced, { recursive: true, force: true });
});

/** What a search shows: the status line and the whole result list, as rendered. */
async function shown(page: Page, siteUrl: string, search: string): Promise<{ status: string; results: string }> {
  await showAllResults(page, `${siteUrl}${search}`);
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    results: document.querySelector('[data-search-results]')?.innerHTML ?? '',
  }));
}

describe('an exact index in slices', () => {
  it('is written as many slices, each listed in layout.json with its language, when a slice holds a few pages', () => {
    const bundle = join(sliced, EXACT_BUNDLE);
    const layout = JSON.parse(readFileSync(join(bundle, 'layout.json'), 'utf8')) as BundleLayout;
    expect(layout.slices.length).toBeGreaterThan(10);
    expect(layout.slices.map((slice) => slice.dir)).toEqual(layout.slices.map((_, i) => sliceDir(i)));
    // Chinese slices, then English ones; each slice's pages are its records'.
    const languages = layout.slices.map((slice) => slice.lang);
    expect(languages).toEqual([...languages].sort((a, b) => LOCALES.indexOf(a) - LOCALES.indexOf(b)));
    expect(new Set(languages)).toEqual(new Set(LOCALES));
    const pages = layout.slices.reduce((sum, slice) => sum + slice.pages, 0);
    expect(readdirSync(join(bundle, 'ids')).length).toBe(Math.ceil(pages / IDS_PER_FILE));
    // Each slice's filter chunks and result files are its own; the postings of all its language's slices are in
    // the bundle's postings files, and Pagefind's own index chunks are not published.
    for (const slice of layout.slices)
      expect(
        ['filter', 'index', 'results'].map((dir) => existsSync(join(bundle, slice.dir, dir))),
        slice.dir,
      ).toEqual([true, false, true]);
    expect(readdirSync(join(bundle, 'postings')).length).toBeGreaterThan(layout.slices.length);
  });

  it('answers every test query, with filters and on the English page, exactly as the site’s own slices do', async () => {
    const searches = [
      ...SEARCH_QUERIES.map((q) => `search/?${new URLSearchParams({ q })}`),
      ...['科技', '綦江', '2025年'].flatMap((q) => [
        `search/?${new URLSearchParams({ q, district: '綦江' })}`,
        `search/?${new URLSearchParams({ q, kind: 'plan', year: '2021' })}`,
      ]),
      ...['1063', '2.3%', '大足', '綦'].map((q) => `en/search/?${new URLSearchParams({ q })}`),
    ];
    const differing: string[] = [];
    let found = 0;
    for (const search of searches) {
      const one = await shown(oneTab.page, site.server.url, search);
      const inSlices = await shown(slicedTab.page, slicedServer.url, search);
      if (one.results !== '') found += 1;
      if (JSON.stringify(one) !== JSON.stringify(inSlices)) differing.push(decodeURIComponent(search));
    }
    // Most searches find something, so the comparison is of results, not of empty lists.
    expect(found).toBeGreaterThan(searches.length / 2);
    expect(differing).toEqual([]);
    expect(slicedTab.failed).toEqual([]);
    expect(slicedTab.errors).toEqual([]);
  }, 600_000);
});
