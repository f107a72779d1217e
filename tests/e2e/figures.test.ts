import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { buildIn, copyProject } from '../support/project-copy.ts';
import { DIST, siteUnderTest } from '../support/site-fixture.ts';
import { asOfDate } from '../../src/lib/data/tracker.ts';
import { visit } from '../support/visit.ts';
import { present } from '../../src/lib/assert.ts';

const PAGE = 'reports/qijiang-2022-high-tech-zone/';
const site = siteUnderTest();

describe('a figure in the text', () => {
  it('opens its record on click: label, value, period, the sentence, a permalink', async () => {
    const v = await visit(site.browser, site.server.url + PAGE);
    try {
      await v.page.click('#fig-p22-2');
      const card = v.page.locator('#figure-card');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      expect(await card.locator('[data-part="title"]').textContent()).toBe('国家高新技术企业');
      expect(await card.locator('[data-part="value"]').textContent()).toBe('123家');
      expect(await card.locator('[data-part="period"]').textContent()).toBe('2021年');
      expect(await card.locator('[data-part="qualifier"]').textContent()).toBe('累计');
      expect(await card.locator('[data-part="sentence"] mark').textContent()).toBe('123家');
      expect(await card.locator('[data-part="sentence"]').textContent()).toContain(
        '2021年，綦江区的国家高新技术企业新增25家、累计123家',
      );
      expect(await card.locator('[data-part="permalink"]').getAttribute('href')).toBe(
        `${site.server.url}${PAGE}#fig-p22-2`,
      );
      expect(new URL(v.page.url()).hash).toBe('#fig-p22-2');
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('works from the keyboard: Enter opens it with focus inside, Escape closes it and focus returns', async () => {
    const v = await visit(site.browser, site.server.url + PAGE);
    try {
      await v.page.focus('#fig-p8-4');
      await v.page.keyboard.press('Enter');
      const card = v.page.locator('#figure-card');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      expect(await v.page.evaluate(() => document.activeElement?.closest('#figure-card') !== null)).toBe(true);
      expect(await card.locator('[data-part="value"]').textContent()).toBe('1063件');
      await v.page.keyboard.press('Escape');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(false);
      expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('fig-p8-4');
    } finally {
      await v.close();
    }
  });

  it('copies a citation with the sentence’s figure, the page and the permalink', async () => {
    const v = await visit(site.browser, site.server.url + PAGE);
    try {
      await v.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await v.page.click('#fig-p28-3');
      await v.page.click('#figure-card [data-part="copy"]');
      await expect.poll(() => v.page.locator('#figure-card [data-part="status"]').textContent()).toBe('已复制');
      const copied = await v.page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^知识价值信用贷款：3\.5亿元（2022年）。贺娜、王修丽：《以创建国家级高新区为契机/);
      expect(copied).toContain(`${PAGE}#fig-p28-3`);
      expect(copied).toMatch(/访问日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    } finally {
      await v.close();
    }
  });

  it('opens on a tap on a phone, as a sheet along the bottom of the screen', async () => {
    const v = await visit(site.browser, site.server.url + PAGE, { width: 360, touch: true });
    try {
      await v.page.tap('#fig-p22-1');
      const card = v.page.locator('#figure-card');
      await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      expect(await card.locator('[data-part="value"]').textContent()).toBe('25家');
      const box = (await card.boundingBox())!;
      expect(Math.round(box.x)).toBe(0);
      expect(Math.round(box.y + box.height)).toBe(v.page.viewportSize()!.height);
    } finally {
      await v.close();
    }
  });

  it('is still a link to its own anchor without JavaScript', async () => {
    const v = await visit(site.browser, site.server.url + PAGE, { javaScript: false });
    try {
      expect(await v.page.getAttribute('#fig-p22-2', 'href')).toBe('#fig-p22-2');
      await v.page.click('#fig-p22-2');
      expect(new URL(v.page.url()).hash).toBe('#fig-p22-2');
    } finally {
      await v.close();
    }
  });
});

const figures = JSON.parse(readFileSync(join(DIST, 'data', 'figures.json'), 'utf8')) as {
  id: string;
  district: string;
  unit: string;
  anchor: string;
  page: string;
}[];
/** Each district's figures by the open data (a text about two districts lists its figures under both). */
const byDistrict = new Map<string, typeof figures>();
for (const f of figures)
  for (const district of f.district.split('、')) byDistrict.set(district, [...(byDistrict.get(district) ?? []), f]);
/** The parts of each district's figures the build wrote: `figures/qijiang/`, `figures/qijiang/2/`. */
const partsOf = (id: string) => {
  const dir = join(DIST, 'figures', id);
  const more = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => Number(e.name))
    .sort((a, b) => a - b);
  return [`figures/${id}/`, ...more.map((n) => `figures/${id}/${n}/`)];
};

describe('the figures explorer', () => {
  it('lists every district with its count, linking its table; the counts are the open data’s', async () => {
    expect(figures.length).toBeGreaterThan(300);
    const v = await visit(site.browser, `${site.server.url}figures/`, { javaScript: false });
    try {
      const rows = await v.page.locator('#figure-districts tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          name: tr.querySelector('th')?.textContent ?? '',
          href: tr.querySelector('th a')?.getAttribute('href') ?? '',
          count: Number(tr.querySelector('td')?.textContent),
        })),
      );
      expect(new Map(rows.map((r) => [r.name, r.count]))).toEqual(
        new Map([...byDistrict].map(([d, list]) => [d, list.length])),
      );
      expect(rows.find((r) => r.name === '綦江')?.href).toBe('/figures/qijiang/');
      expect(await v.page.locator('main').textContent()).toContain(`全部 ${figures.length} 个数字也可整表下载`);
    } finally {
      await v.close();
    }
  });

  it('without JavaScript, a district’s parts together are its figures, each once, at most 200 a page, newest first', async () => {
    const v = await visit(site.browser, `${site.server.url}figures/qijiang/`, { javaScript: false });
    try {
      const parts = partsOf('qijiang');
      // 綦江 has more figures than a page holds: the parts and the pager are tested on the site itself.
      expect(parts.length).toBeGreaterThan(1);
      const shown: string[] = [];
      for (const [i, part] of parts.entries()) {
        await v.page.goto(`${site.server.url}${part}`);
        const links = await v.page
          .locator('#figures-table tbody tr th a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(links.length).toBeLessThanOrEqual(200);
        shown.push(...links);
        expect(await v.page.locator('#figure-filter').isVisible()).toBe(false);
        expect(await v.page.locator('.district-parts a[aria-current="page"]').textContent()).toBe(`第 ${i + 1} 页`);
        expect(await v.page.locator('.district-parts a').count()).toBe(parts.length);
      }
      const expected = present(byDistrict.get('綦江'), '綦江’s figures').map(
        (f) => `/${f.page.replace(/#.*/, '')}#${f.anchor}`,
      );
      expect([...shown].sort()).toEqual([...expected].sort());
      expect(new Set(shown).size).toBe(shown.length);
      // Newest texts first: the 2024 report's figures open the first part, the 2021 review's close the last.
      expect(shown[0]).toMatch(/qijiang-2024-new-productive-forces/);
      expect(shown.at(-1)).toMatch(/qijiang-2021-centenary-review/);
    } finally {
      await v.close();
    }
  });

  it('fits a 360 px screen with its pager, the table scrolling in its own box', async () => {
    const v = await visit(site.browser, `${site.server.url}figures/qijiang/2/`, { width: 360 });
    try {
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const pager = await v.page.locator('.district-parts').boundingBox();
      expect(pager && pager.x + pager.width).toBeLessThanOrEqual(360);
      expect(await v.page.locator('.district-parts a[aria-current="page"]').textContent()).toBe('第 2 页');
    } finally {
      await v.close();
    }
  });

  it('filters by unit and text, says how many are shown, and keeps the filter in the URL', async () => {
    const v = await visit(site.browser, `${site.server.url}figures/qianjiang/`);
    try {
      const total = present(byDistrict.get('黔江'), '黔江’s figures').length;
      expect(await v.page.locator('#figure-count').textContent()).toBe(`显示 ${total} / ${total} 个数字`);
      await v.page.selectOption('#figure-filter select[name="unit"]', '亿元');
      const expected = present(byDistrict.get('黔江'), '黔江’s figures').filter((f) => f.unit === '亿元').length;
      expect(await v.page.locator('#figures-table tbody tr:not([hidden])').count()).toBe(expected);
      expect(await v.page.locator('#figure-count').textContent()).toBe(`显示 ${expected} / ${total} 个数字`);
      expect(new URL(v.page.url()).searchParams.get('unit')).toBe('亿元');
      await v.page.fill('#figure-filter input[name="q"]', '知识价值信用贷款');
      expect(await v.page.locator('#figures-table tbody tr:not([hidden]) th').allTextContents()).toEqual(['3.84亿元']);
    } finally {
      await v.close();
    }
  });
});

describe('data pages', () => {
  it('the tracker shows 高新技术企业数: 98 in 2020, target 200, 123 reported for 2021, and a verdict for the build date', async () => {
    const v = await visit(site.browser, `${site.server.url}tracker/`);
    try {
      const row = v.page.locator('tr', { has: v.page.locator('th a', { hasText: /^高新技术企业数$/ }) });
      const text = await row.textContent();
      // The plan ran 2021–2025: built after 2025-12-31 it has ended, and 2021 values decide nothing.
      const ended = asOfDate(process.env.SOURCE_DATE_EPOCH, new Date()) > '2025-12-31';
      const verdict = ended ? '无法判断：这些原文中最新的数值为2021年' : '符合进度';
      for (const part of ['98家', '200家', '123家', '(2021年)', verdict]) expect(text).toContain(part);
      expect(await v.page.locator('#plan-status-qijiang-14th-five-year-st-plan').textContent()).toContain(
        ended ? '已于2025年12月31日结束' : '实施中',
      );
    } finally {
      await v.close();
    }
  });

  it('the comparison has a column per district and marks values from other periods', async () => {
    const v = await visit(site.browser, `${site.server.url}compare/`);
    try {
      expect(await v.page.locator('#compare-table thead th').allTextContents()).toEqual([
        '指标',
        '大足',
        '綦江',
        '黔江',
      ]);
      expect(await v.page.locator('#compare-table .flag').count()).toBeGreaterThan(5);
    } finally {
      await v.close();
    }
  });

  it('serves CSV that Excel and RFC 4180 readers open: BOM, quoted Chinese text, same rows as the JSON', async () => {
    const bytes = Buffer.from(await (await fetch(`${site.server.url}data/figures.csv`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes);
    expect(rows.length - 1).toBe(figures.length);
  });

  it('writes the indicator observations and each chart’s numbers as CSV too, one row per record', () => {
    const read = (path: string) => {
      const text = readFileSync(join(DIST, 'data', path), 'utf8');
      expect(text.startsWith('\ufeff'), `${path}: byte-order mark`).toBe(true);
      return parseCsv(text);
    };
    const indicators = JSON.parse(readFileSync(join(DIST, 'data', 'indicators.json'), 'utf8')) as unknown[];
    expect(read('indicators.csv').length - 1).toBe(indicators.length);
    const charts = readdirSync(join(DIST, 'data', 'charts'));
    expect(charts.length).toBeGreaterThan(10);
    for (const file of charts) {
      const [header, ...rows] = read(`charts/${file}`);
      expect(header![0], file).toBe('chart');
      expect(rows.length, file).toBeGreaterThan(0);
      expect(
        rows.every((row) => row[0] === file.replace(/\.csv$/, '')),
        file,
      ).toBe(true);
    }
  });
});

describe('the build', () => {
  it('fails when a page lists an observation whose value is not in the paragraph it cites', () => {
    const copy = copyProject();
    try {
      const file = join(copy.root, 'content', 'zh', 'reports', 'qijiang-2022-high-tech-zone.mdx');
      // Change the observation's value in the frontmatter only, as a hand edit would.
      const original = readFileSync(file, 'utf8');
      const edited = original.replace(
        // The lines between figure: and value: (at, kind, status, raw), however many the schema lists.
        /(figure: qijiang-2022-high-tech-zone\.p22\.2\n(?:(?! {4}value:).*\n)*) {4}value: 123/,
        '$1    value: 132',
      );
      expect(edited, 'the edit found the observation').not.toBe(original);
      writeFileSync(file, edited);
      const build = buildIn(copy.root, { SEARCH_INDEX: 'off' });
      expect(build.status).not.toBe(0);
      expect(build.output).toContain('high-tech-enterprises: value 132 does not occur in paragraph #p22');
    } finally {
      copy.remove();
    }
  });
});
