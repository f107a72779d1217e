import { describe, expect, it } from 'vitest';
import { figuresByDistrict, figuresPartPath } from '../../src/lib/site/figure-pages.ts';
import { partSizes } from '../../src/lib/site/district-parts.ts';
import { sourcesByDistrict } from '../../src/lib/site/source-pages.ts';
import { discrepanciesByDistrict } from '../../src/lib/site/discrepancy-pages.ts';
import { observationsByDistrict, observationsPartPath } from '../../src/lib/site/observation-pages.ts';
import type { Discrepancy } from '../../src/lib/data/analysis.ts';
import type { ObservationData } from '../../src/lib/data/records.ts';

// Figures as the open data lists them, from real lines of the sources (綦江's plan, the 2023 report on 黔江 and 大足).
const QIJIANG_PLAN = '科技创新投入逐年增长，全社会研发经费占地区生产总值的比重达2.3%，高于全市2.1%的平均水平。';
const DAZU = '新增高新技术企业22家、累计达到194家；新增科技型企业277家、累计达到1530家；';
const figure = (raw: string, district: string, published: string, source: string, sentence: string) => ({
  raw,
  district,
  published,
  source,
  sentence,
});
const FIGURES = [
  figure('2.3%', '綦江', '2022', 'qijiang-14th-five-year-st-plan', QIJIANG_PLAN),
  figure('2.1%', '綦江', '2022', 'qijiang-14th-five-year-st-plan', QIJIANG_PLAN),
  figure('22家', '大足', '2023', 'belt-and-road-2023-qianjiang-dazu', DAZU),
  figure('194家', '大足', '2023', 'belt-and-road-2023-qianjiang-dazu', DAZU),
  figure('3.84亿元', '黔江', '2023', 'belt-and-road-2023-qianjiang-dazu', '累计发放知识价值信用贷款达3.84亿元。'),
  figure(
    '123家',
    '綦江',
    '2021',
    'qijiang-2021-centenary-review',
    '2021年，綦江区的国家高新技术企业新增25家、累计123家',
  ),
  figure('25家', '綦江', '2024', 'qijiang-2024-new-productive-forces', '国家高新技术企业新增25家'),
];
const ID: Record<string, string> = { 綦江: 'qijiang', 黔江: 'qianjiang', 大足: 'dazu', 万州: 'wanzhou' };
const idOf = (district: string) => ID[district] ?? '';

describe('partSizes', () => {
  it('cuts a district into parts as equal as possible, larger first, never over the limit', () => {
    expect(partSizes(257, 200)).toEqual([129, 128]);
    expect(partSizes(200, 200)).toEqual([200]);
    expect(partSizes(401, 200)).toEqual([134, 134, 133]);
    expect(partSizes(3, 200)).toEqual([3]);
    for (const count of [1, 199, 200, 201, 399, 400, 401, 1999, 19_000]) {
      const sizes = partSizes(count, 200);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(count);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(200);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(sizes.length).toBe(Math.ceil(count / 200));
    }
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => partSizes(10, 0)).toThrow(/positive integer, not 0/);
    expect(() => partSizes(10, 2.5)).toThrow(/positive integer, not 2.5/);
  });
});

describe('figuresByDistrict', () => {
  it('groups by district in the order of their ids, newest texts first, ties in the records’ order', () => {
    const districts = figuresByDistrict(FIGURES, idOf, 200);
    expect(districts.map((d) => d.id)).toEqual(['dazu', 'qianjiang', 'qijiang']);
    const qijiang = districts[2]!;
    expect(qijiang).toMatchObject({
      district: '綦江',
      count: 4,
      texts: 3,
      published: '2021/2024',
      path: 'figures/qijiang/',
    });
    expect(qijiang.parts.map((p) => p.items.map((f) => f.raw))).toEqual([['25家', '2.3%', '2.1%', '123家']]);
    expect(districts[0]).toMatchObject({ district: '大足', count: 2, texts: 1, published: '2023' });
  });

  it('cuts a district into parts, each with its path and the years of its texts', () => {
    const qijiang = figuresByDistrict(FIGURES, idOf, 2).find((d) => d.id === 'qijiang')!;
    expect(
      qijiang.parts.map(({ part, path, published, items }) => [part, path, published, items.map((f) => f.raw)]),
    ).toEqual([
      [1, 'figures/qijiang/', '2022/2024', ['25家', '2.3%']],
      [2, 'figures/qijiang/2/', '2021/2022', ['2.1%', '123家']],
    ]);
    expect(figuresPartPath('qijiang', 3)).toBe('figures/qijiang/3/');
  });

  it('lists a figure of a text about two districts under each of them', () => {
    const both = figure('6个', '黔江、大足', '2023', 'belt-and-road-2023-qianjiang-dazu', '6个国家级“双创”平台');
    const districts = figuresByDistrict([...FIGURES, both], idOf, 200);
    expect(districts.find((d) => d.id === 'dazu')!.parts[0]!.items.map((f) => f.raw)).toEqual(['22家', '194家', '6个']);
    expect(districts.find((d) => d.id === 'qianjiang')!.count).toBe(2);
  });

  it('refuses a district without an ASCII id, and two districts with one id, naming them', () => {
    const unknown = figure('5家', '某新区', '2025', 'x', '新增5家');
    expect(() => figuresByDistrict([unknown], idOf)).toThrow(/the district 某新区 has no ASCII id/);
    expect(() => figuresByDistrict(FIGURES, (d) => (d === '大足' ? 'qijiang' : idOf(d)))).toThrow(
      /the districts 綦江 and 大足 have one id, qijiang|the districts 大足 and 綦江 have one id, qijiang/,
    );
  });
});

describe('sourcesByDistrict', () => {
  // The five seed texts' metadata as their .meta.yaml files give it.
  const source = (id: string, districts: string[], published: string) => ({ id, meta: { districts, published } });
  const SEEDS = [
    source('qijiang-14th-five-year-st-plan', ['綦江'], '2022'),
    source('qijiang-2021-centenary-review', ['綦江'], '2021'),
    source('belt-and-road-2023-qianjiang-dazu', ['黔江', '大足'], '2023'),
    source('qijiang-2022-high-tech-zone', ['綦江'], '2022'),
    source('qijiang-2024-new-productive-forces', ['綦江'], '2024'),
  ];

  it('lists each district’s texts newest first, a text about two districts under both, at paths no viewer takes', () => {
    const districts = sourcesByDistrict(SEEDS, idOf, 3);
    expect(districts.map((d) => [d.id, d.count, d.path])).toEqual([
      ['dazu', 1, 'sources/district/dazu/'],
      ['qianjiang', 1, 'sources/district/qianjiang/'],
      ['qijiang', 4, 'sources/district/qijiang/'],
    ]);
    const qijiang = districts[2]!;
    expect(qijiang.parts.map((p) => [p.path, p.published, p.items.map((s) => s.id)])).toEqual([
      [
        'sources/district/qijiang/',
        '2022/2024',
        ['qijiang-2024-new-productive-forces', 'qijiang-14th-five-year-st-plan'],
      ],
      ['sources/district/qijiang/2/', '2021/2022', ['qijiang-2022-high-tech-zone', 'qijiang-2021-centenary-review']],
    ]);
    expect(qijiang.texts).toBe(4);
    expect(() => sourcesByDistrict([source('x', ['某新区'], '2025')], idOf)).toThrow(
      /^sources pages: the district 某新区/,
    );
  });
});

describe('discrepanciesByDistrict', () => {
  // What the grouping reads of a value: its text and when that was published (the rest is the page's to show).
  const value = (raw: string, source: string, published: string) => ({ raw, source, published }) as ObservationData;
  const group = (indicator: string, district: string, period: string, values: ObservationData[]): Discrepancy => ({
    indicator,
    district,
    period,
    observations: values,
  });
  // 綦江's high-tech enterprises in 2021: 123家 in the centenary review, 超过100家 in the plan (the seeds' own case).
  const QIJIANG_2021 = group('high-tech-enterprises', '綦江', '2021', [
    value('123家', 'qijiang-2021-centenary-review', '2021'),
    value('100家', 'qijiang-14th-five-year-st-plan', '2022'),
  ]);
  const QIJIANG_2023 = group('rd-intensity', '綦江', '2023', [
    value('2.3%', 'qijiang-2024-new-productive-forces', '2024'),
    value('2.1%', 'qijiang-2024-new-productive-forces', '2024'),
  ]);
  const DAZU_2022 = group('rd-expenditure', '大足', '2022', [
    value('19.82亿元', 'belt-and-road-2023-qianjiang-dazu', '2023'),
    value('20亿元', 'dazu-2023-bulletin', '2023'),
  ]);

  it('lists each district’s groups, newest value first, counting every text their values come from', () => {
    const districts = discrepanciesByDistrict([QIJIANG_2021, DAZU_2022, QIJIANG_2023], idOf, 1);
    expect(districts.map((d) => [d.id, d.count, d.texts, d.published, d.path])).toEqual([
      ['dazu', 1, 2, '2023', 'discrepancies/dazu/'],
      ['qijiang', 2, 3, '2022/2024', 'discrepancies/qijiang/'],
    ]);
    // A group is as recent as its newest value: the 2021 group, reported again in 2022, comes after 2024's.
    expect(districts[1]!.parts.map((p) => [p.path, p.published, p.items.map((g) => g.indicator)])).toEqual([
      ['discrepancies/qijiang/', '2024', ['rd-intensity']],
      ['discrepancies/qijiang/2/', '2022', ['high-tech-enterprises']],
    ]);
  });

  it('refuses a district without an ASCII id, naming it', () => {
    expect(() => discrepanciesByDistrict([group('x', '某新区', '2025', [])], idOf)).toThrow(
      /^discrepancies pages: the district 某新区 has no ASCII id/,
    );
  });
});

describe('observationsByDistrict', () => {
  // 高新技术企业数 as the seeds report it: 綦江 (the plan, the 2021 review, the 2024 report) and 大足 (2023).
  const value = (raw: string, district: string, period: string, kind: string, source: string, published: string) =>
    ({ raw, district, period, kind, source, published, indicator: 'high-tech-enterprises' }) as ObservationData;
  const VALUES = [
    value('123家', '綦江', '2021', 'cumulative', 'qijiang-2022-high-tech-zone', '2022'),
    value('超过100家', '綦江', '2021', 'actual', 'qijiang-2021-centenary-review', '2021'),
    value('194家', '大足', '2023', 'cumulative', 'belt-and-road-2023-qianjiang-dazu', '2023'),
    value('25家', '綦江', '2024', 'new', 'qijiang-2024-new-productive-forces', '2024'),
    value('110家', '綦江', '2025', 'target', 'qijiang-2022-high-tech-zone', '2022'),
  ];

  it('lists each district’s values newest text first, one text’s values by period, below the indicator’s page', () => {
    const districts = observationsByDistrict('high-tech-enterprises', VALUES, idOf, 2);
    expect(districts.map((d) => [d.id, d.count, d.texts, d.path])).toEqual([
      ['dazu', 1, 1, 'indicators/high-tech-enterprises/dazu/'],
      ['qijiang', 4, 3, 'indicators/high-tech-enterprises/qijiang/'],
    ]);
    expect(districts[1]!.parts.map((p) => [p.path, p.items.map((o) => o.raw)])).toEqual([
      ['indicators/high-tech-enterprises/qijiang/', ['25家', '123家']],
      ['indicators/high-tech-enterprises/qijiang/2/', ['110家', '超过100家']],
    ]);
    expect(observationsPartPath('rd-intensity', 'qianjiang', 3)).toBe('indicators/rd-intensity/qianjiang/3/');
  });

  it('refuses a district without an ASCII id, naming the indicator', () => {
    expect(() =>
      observationsByDistrict('high-tech-enterprises', [value('5家', '某新区', '2025', 'actual', 'x', '2025')], idOf),
    ).toThrow(/^high-tech-enterprises values pages: the district 某新区 has no ASCII id/);
  });
});
