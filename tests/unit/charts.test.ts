import { describe, expect, it } from 'vitest';
import { tracker } from '../../src/lib/data/tracker.ts';
import { periodPosition } from '../../src/lib/data/analysis.ts';
import {
  chartCsvRows,
  comparisonChart,
  progressChart,
  trendChart,
  type ChartWords,
} from '../../src/lib/charts/specs.ts';
import { numberText, observationText, valueText } from '../../src/lib/charts/values.ts';
import { keyFigures } from '../../src/lib/data/key-figures.ts';
import type { Locale } from '../../src/lib/site/locale.ts';
import { figureUrl, observationData, type PageData } from '../../src/lib/data/records.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { frontmatterOf } from '../../src/lib/mdx/page.ts';
import { ROOT } from '../support/sources.ts';

// The charts are built from the observations of the real sources, as the site builds them.
const input = readIngestInput(ROOT);
const out = ingest(input);
const pages: PageData[] = out.pages.map((page) =>
  frontmatterOf(page, [], out.figures.get(page.slug), out.observations.get(page.slug)),
);
const observations = observationData(pages, input.indicators);
const indicator = (id: string) => input.indicators.find((i) => i.id === id)!;
const districts = ['大足', '綦江', '黔江'];
const english: Record<string, string> = { 綦江: 'Qijiang', 黔江: 'Qianjiang', 大足: 'Dazu' };

const words = (language: Locale): ChartWords => ({
  language,
  target: language === 'zh' ? '目标' : 'target',
  periodsDiffer: 'periods differ',
  proposedMark: language === 'zh' ? '（未核对）' : ' (unreviewed)',
  districtName: (d) => (language === 'zh' ? d : english[d]!),
  districtId: (d) => english[d]!.toLowerCase(),
  progressNote: (b, l, p, t) => `${b} → ${l} (${p}) → ${t}`,
});

describe('values in words', () => {
  it('says 亿 as hundreds of millions and 万 as ten thousands, exactly', () => {
    expect(valueText(3.5, '亿元', '100 million yuan', 'en')).toBe('350 million yuan');
    expect(valueText(3.84, '亿元', '100 million yuan', 'en')).toBe('384 million yuan');
    expect(valueText(0.2268, '亿元', '100 million yuan', 'en')).toBe('22.68 million yuan');
    expect(valueText(2268, '万元', '10,000 yuan', 'en')).toBe('22.68 million yuan');
    expect(valueText(3.5, '亿元', '100 million yuan', 'zh')).toBe('3.5亿元');
  });

  it('groups thousands in English only, and keeps percentages as %', () => {
    expect(numberText(1633, 'en')).toBe('1,633');
    expect(numberText(1633, 'zh')).toBe('1633');
    expect(valueText(2.3, '%', '%', 'en')).toBe('2.3%');
    expect(valueText(98, '家', 'enterprises', 'en')).toBe('98 enterprises');
  });

  it('keeps a bound where Chinese puts it (“高新技术企业超过100家”)', () => {
    const bounded = observations.find(
      (o) => o.indicator === 'high-tech-enterprises' && o.raw === '100家' && o.qualifier.includes('超过'),
    )!;
    expect(bounded, 'the 超过100家 observation').toBeDefined();
    expect(observationText(bounded, indicator('high-tech-enterprises'), 'zh')).toBe('超过100家');
    expect(observationText(bounded, indicator('high-tech-enterprises'), 'en')).toBe('over 100 enterprises');
  });
});

describe('trend charts', () => {
  it('綦江 高新技术企业: 98 (2020), 123 (2021), targets 140 (2022) and 200 (2025), each linked to its figure', () => {
    const spec = trendChart(observations, indicator('high-tech-enterprises'), '綦江', words('zh'))!;
    expect(spec.id).toBe('trend-high-tech-enterprises-qijiang');
    expect(spec.rows.map((r) => [r.category, r.role, r.value])).toEqual([
      ['2020年', 'reported', 98],
      ['2021年', 'reported', 123],
      ['2022年', 'target', 140],
      ['2025年', 'target', 200],
    ]);
    // On the chart a value is labelled in the chart's unit, its bound kept: 超过140.
    expect(spec.rows.map((r) => r.label)).toEqual(['98', '123', '超过140', '200']);
    // 超过100家 (2021) is a bound: the exact 123 of the same year is drawn instead.
    expect(spec.summary).toBe('綦江 高新技术企业数：2020年98家，2021年123家，2022年目标超过140家，2025年目标200家');
    for (const row of spec.rows) {
      const o = observations.find((x) => figureUrl(x) === row.source && x.value_in_indicator_unit === row.value);
      expect(o, `${row.category} ${row.value} comes from ${row.source}`).toBeDefined();
    }
  });

  it('places a part-year period within its year, and needs two periods to draw a trend', () => {
    expect(periodPosition('2023-01/2023-09')).toBe(2022.75);
    expect(periodPosition('2021')).toBe(2021);
    // 黔江 reports 知识价值信用贷款 once: no trend.
    expect(trendChart(observations, indicator('knowledge-value-credit-loans'), '黔江', words('zh'))).toBeUndefined();
  });

  it('leaves out values measured on another definition', () => {
    // 市级专精特新企业: the 2025 target of 80 counts a wider group (flagged), so it is not drawn against the actuals.
    const spec = trendChart(observations, indicator('municipal-specialized-smes'), '綦江', words('en'))!;
    expect(spec.rows.map((r) => r.value)).toEqual([17, 75]);
    expect(spec.summary).toBe(
      'Municipal "specialised, refined, distinctive and innovative" SMEs, Qijiang: 17 enterprises (2020); 75 enterprises (2023)',
    );
  });
});

describe('district comparison charts', () => {
  it('compares the latest levels and says when their periods differ', () => {
    const spec = comparisonChart(observations, indicator('tech-enterprises'), districts, words('zh'))!;
    expect(spec.rows.map((r) => [r.category, r.value, r.note])).toEqual([
      ['大足', 1530, '2023年1—9月'],
      ['綦江', 1633, '2021年'],
    ]);
    expect(spec.caveat).toBe('periods differ');
    const loans = comparisonChart(observations, indicator('knowledge-value-credit-loans'), districts, words('en'))!;
    expect(loans.rows.map((r) => [r.text, r.label])).toEqual([
      ['350 million yuan', '3.5'],
      ['384 million yuan', '3.84'],
    ]);
  });

  it('leaves out a district measured differently, and draws nothing with fewer than two districts left', () => {
    // 研发机构: 大足's 128 counts a different set of institutions, so only 綦江 remains.
    expect(comparisonChart(observations, indicator('rd-institutions'), districts, words('zh'))).toBeUndefined();
  });
});

describe('plan progress', () => {
  it('shows the share of the way from the 2020 baseline to the 2025 target by the latest actual', () => {
    const plan = pages.find((p) => p.observations.some((o) => o.kind === 'baseline'))!;
    const rows = tracker(observations, '綦江', plan.source.id, { state: 'in-force' });
    const spec = progressChart('progress', '进度', rows, input.indicators, words('zh'))!;
    const highTech = spec.rows.find((r) => r.category === '高新技术企业数')!;
    // (123 − 98) / (200 − 98) = 24.5% → 25%
    expect(highTech.value).toBe(Math.round(((123 - 98) / (200 - 98)) * 100));
    expect(highTech.note).toBe('98家 → 123家 (2021年) → 200家');
    // The share says the year it was reached by: never "25%" alone, which could be read as the value.
    expect(highTech.text).toBe('25%（2021年）');
    expect(spec.rows.every((r) => rows.some((t) => t.latest && figureUrl(t.latest) === r.source))).toBe(true);
  });
});

describe('chart CSV', () => {
  it('pairs the Chinese and English rows of a chart, with absolute source links', () => {
    const zh = trendChart(observations, indicator('high-tech-enterprises'), '綦江', words('zh'))!;
    const en = trendChart(observations, indicator('high-tech-enterprises'), '綦江', words('en'))!;
    const rows = chartCsvRows(zh, en, (path) => `https://example.org/${path}`);
    expect(rows[1]).toMatchObject({
      category_zh: '2021年',
      category_en: '2021',
      value: 123,
      text_zh: '123家',
      text_en: '123 enterprises',
    });
    expect(rows[1]!.source).toMatch(/^https:\/\/example\.org\/reports\/.+#fig-p\d+-\d+$/);
    expect(() => chartCsvRows(zh, { ...en, rows: en.rows.slice(1) }, String)).toThrow(/differ/);
  });
});

describe('values matched automatically', () => {
  // The 2021 report's 123 high-tech enterprises, as if the machine had matched it and nobody had checked.
  const asProposed = observations.map((o) =>
    o.indicator === 'high-tech-enterprises' && o.value === 123 ? { ...o, status: 'proposed' as const } : o,
  );

  it('are marked in the label, the summary and the CSV, in both languages', () => {
    const zh = trendChart(asProposed, indicator('high-tech-enterprises'), '綦江', words('zh'))!;
    const en = trendChart(asProposed, indicator('high-tech-enterprises'), '綦江', words('en'))!;
    expect(zh.rows.map((r) => r.label)).toEqual(['98', '123（未核对）', '超过140', '200']);
    expect(zh.summary).toContain('2021年123家（未核对）');
    expect(en.summary).toContain('123 enterprises (unreviewed) (2021)');
    expect(chartCsvRows(zh, en, String).map((r) => r.status)).toEqual(['reviewed', 'proposed', 'reviewed', 'reviewed']);
  });

  it('leave reviewed values unmarked', () => {
    const zh = trendChart(observations, indicator('high-tech-enterprises'), '綦江', words('zh'))!;
    expect(zh.rows.every((r) => !r.proposed && !r.label.includes('未核对'))).toBe(true);
  });
});

describe('key figures', () => {
  it('picks the latest reported level per indicator for a district, never a plan baseline', () => {
    const picked = keyFigures(
      observations,
      '綦江',
      input.indicators.map((i) => i.id),
      4,
    );
    expect(picked).toHaveLength(4);
    expect(picked.every((o) => o.district === '綦江' && o.kind !== 'baseline' && !o.definition)).toBe(true);
    expect(picked[0]).toMatchObject({ indicator: 'high-tech-enterprises', value: 123, period: '2021' });
  });
});
