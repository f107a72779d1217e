import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { passagesOf } from '../../src/lib/segment/passages.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { ROOT } from '../support/sources.ts';
import { sourceTextOf, visit } from '../support/visit.ts';

const input = readIngestInput(ROOT);
const { pages } = ingest(input);

// Served without the site's `_headers`: these checks are of the pages, not of the deployment.
const site = siteUnderTest(DIST, {});

const KINDS = {
  home: '',
  report: 'reports/qianjiang-2023-innovation-centre/',
  'plan chapter': 'plan/qijiang-14th-five-year-st-plan/chapter-1/',
  'plan contents': 'plan/qijiang-14th-five-year-st-plan/',
  sources: 'sources/',
  'source viewer': 'sources/qijiang-2022-high-tech-zone/',
};

describe('pages of each kind load cleanly', () => {
  for (const [kind, path] of Object.entries(KINDS)) {
    it(`${kind}: no console errors, no failed requests, no request leaves 127.0.0.1`, async () => {
      const v = await visit(site.browser, site.server.url + path);
      try {
        expect(v.errors).toEqual([]);
        expect(v.failed).toEqual([]);
        expect(v.outside).toEqual([]);
        expect(await v.page.getAttribute('html', 'lang')).toBe('zh-CN');
        expect(await v.page.locator('h1').count()).toBe(1);
      } finally {
        await v.close();
      }
    });
  }
});

describe('the text on every page is the source text', () => {
  it('all 5 reports and 11 plan pages are built and listed on the home page', async () => {
    const v = await visit(site.browser, site.server.url);
    try {
      const links = await v.page
        .locator('main a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      for (const page of pages) expect(links, page.slug).toContain(`/${page.slug}/`);
      expect(pages).toHaveLength(16);
    } finally {
      await v.close();
    }
  });

  for (const page of pages) {
    it(`${page.slug}: every paragraph and heading reads exactly as ingested`, async () => {
      const v = await visit(site.browser, `${site.server.url}${page.slug}/`, { javaScript: false });
      try {
        const mismatches: string[] = [];
        for (const unit of passagesOf(page)) {
          const shown = await sourceTextOf(v.page, unit.id!);
          if (shown !== unit.text)
            mismatches.push(`#${unit.id}: expected ${JSON.stringify(unit.text)}, page shows ${JSON.stringify(shown)}`);
        }
        expect(mismatches).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }
});

describe('structure', () => {
  it('表1 is a table: caption, six column headers ending in 属性, fourteen rows', async () => {
    const v = await visit(site.browser, site.server.url + KINDS['plan chapter']);
    try {
      const table = v.page.locator('table#table1');
      await expect(table.locator('caption').textContent()).resolves.toBe('表1 綦江区“十四五”时期科技发展主要指标');
      const headers = await table
        .locator('thead th')
        .evaluateAll((ths) => ths.map((th) => (th.querySelector('[data-chrome]') ?? th).textContent));
      expect(headers).toEqual(['序号', '指标名称', '单位', '2020年', '2025年', '属性']);
      expect(await table.locator('tbody tr').count()).toBe(14);
      expect(await table.locator('tbody tr').nth(4).locator('th, td').allTextContents()).toEqual(
        expect.arrayContaining(['高新技术企业数', '98', '200']),
      );
      expect(await v.page.locator('#corr-1').count()).toBe(1);
    } finally {
      await v.close();
    }
  });

  it('专栏 items open with a bold label (remark-cjk-friendly in the real build)', async () => {
    const v = await visit(site.browser, `${site.server.url}plan/qijiang-14th-five-year-st-plan/chapter-3/`);
    try {
      expect(await v.page.locator('#box1 p strong').first().textContent()).toBe('检验检测。');
      expect(await v.page.locator('#box1').textContent()).not.toContain('**');
    } finally {
      await v.close();
    }
  });

  it('plan chapters link to the previous and next part, and long pages have a table of contents', async () => {
    const v = await visit(site.browser, `${site.server.url}plan/qijiang-14th-five-year-st-plan/chapter-2/`);
    try {
      expect(await v.page.locator('a[rel=prev]').getAttribute('href')).toBe(
        '/plan/qijiang-14th-five-year-st-plan/chapter-1/',
      );
      expect(await v.page.locator('a[rel=next]').getAttribute('href')).toBe(
        '/plan/qijiang-14th-five-year-st-plan/chapter-3/',
      );
      expect(await v.page.locator('nav.toc a').allTextContents()).toContain('第一节 创建国家高新技术产业开发区');
    } finally {
      await v.close();
    }
  });

  it('is usable at 360 px: the page never scrolls sideways, the table scrolls in its own box', async () => {
    const v = await visit(site.browser, site.server.url + KINDS['plan chapter'], { width: 360 });
    try {
      const overflow = await v.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      const tableBox = await v.page.locator('.table-scroll').evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(tableBox).toBe(true);
    } finally {
      await v.close();
    }
  });
});

describe('provenance', () => {
  for (const source of input.sources) {
    it(`serves ${source.id}.txt byte for byte (SHA-256 as on the pages)`, async () => {
      const response = await fetch(`${site.server.url}sources/${source.id}.txt`);
      expect(response.status).toBe(200);
      const digest = createHash('sha256')
        .update(Buffer.from(await response.arrayBuffer()))
        .digest('hex');
      expect(digest).toBe(source.sha256);
    });
  }

  it('shows the SHA-256 and links the raw text on every page', async () => {
    const page = pages.find((p) => p.slug.startsWith('reports/'))!;
    const v = await visit(site.browser, `${site.server.url}${page.slug}/`);
    try {
      expect(await v.page.locator('.page-meta .hash').first().textContent()).toBe(page.source.sha256);
      expect(await v.page.locator(`.page-meta a[href="/sources/${page.source.id}.txt"]`).count()).toBe(1);
    } finally {
      await v.close();
    }
  });
});

describe('the list of source texts', () => {
  it('lists each district’s texts on its page, every text with the SHA-256 of its file as committed', async () => {
    const expected = new Map(
      input.sources.map((s) => [
        s.id,
        createHash('sha256')
          .update(readFileSync(join(ROOT, s.file)))
          .digest('hex'),
      ]),
    );
    const v = await visit(site.browser, `${site.server.url}sources/`, { javaScript: false });
    try {
      const districts = await v.page.locator('#source-districts tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          href: tr.querySelector('th a')?.getAttribute('href') ?? '',
          count: Number(tr.querySelector('td')?.textContent),
        })),
      );
      expect(districts.map((d) => d.href)).toEqual([
        '/sources/district/dazu/',
        '/sources/district/qianjiang/',
        '/sources/district/qijiang/',
      ]);
      const listed = new Map<string, string>();
      for (const district of districts) {
        await v.page.goto(`${site.server.url}${district.href.slice(1)}`);
        const texts = await v.page.locator('main section[aria-labelledby^="src-"]').evaluateAll((sections) =>
          sections.map((s) => ({
            id: (s.getAttribute('aria-labelledby') ?? '').replace(/^src-/, ''),
            hash: s.querySelector('.hash')?.textContent ?? '',
          })),
        );
        expect(texts.length, district.href).toBe(district.count);
        for (const { id, hash } of texts) listed.set(id, hash);
      }
      // The 2023 report on 黔江 and 大足 is listed under both; every text is listed.
      expect(listed).toEqual(expected);
    } finally {
      await v.close();
    }
  });
});
