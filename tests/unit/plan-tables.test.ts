import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discrepancies } from '../../src/lib/data/analysis.ts';
import { observationData, type PageData } from '../../src/lib/data/records.ts';
import { asOfDate, planStatus, tracker, type TrackerRow } from '../../src/lib/data/tracker.ts';
import { tableColumns, yearHeading } from '../../src/lib/figures/table-columns.ts';
import { parseObservationEntries } from '../../src/lib/indicators/observations.ts';
import { provisionalAsIndicator, provisionalIndicatorsIn } from '../../src/lib/indicators/registry.ts';
import { sameRowName } from '../../src/lib/indicators/row-names.ts';
import { ingest, type IngestInput } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { frontmatterOf } from '../../src/lib/mdx/page.ts';
import type { Block } from '../../src/lib/segment/types.ts';
import { FIXTURE_IDS, FIXTURE_TEXTS, fixtureSource } from '../support/fixture-texts.ts';
import { makeSource, ROOT, SOURCE_IDS, sourceLines } from '../support/sources.ts';

const seeds = readIngestInput(ROOT);
const PLAN = FIXTURE_IDS.yongchuanPlan;
const REPORT = FIXTURE_IDS.yongchuanReport;

/**
 * The 2026 report's figures as a reviewer maps them (the sentence matcher is another part of the work): the
 * values are read from tests/fixtures/texts/yongchuan-2026-innovation-report.txt.
 */
const reportEntries = parseObservationEntries(
  'test-entries.yaml',
  [
    `- { indicator: rd-intensity, page: reports/${REPORT}, at: p1, value: 2.71, kind: actual }`,
    `- { indicator: high-tech-enterprises, page: reports/${REPORT}, at: p2, value: 520, kind: actual }`,
    `- { indicator: researchers-per-10k, page: reports/${REPORT}, at: p2, value: 92, kind: actual }`,
    `- { indicator: technology-contract-turnover, page: reports/${REPORT}, at: p2, value: 33, kind: actual }`,
  ].join('\n'),
);

function run(extra: IngestInput['sources'], entries = reportEntries) {
  const input = {
    ...seeds,
    sources: [...seeds.sources, ...extra],
    observationEntries: [...seeds.observationEntries, ...entries],
  };
  const out = ingest(input);
  const pages: PageData[] = out.pages.map((page) =>
    frontmatterOf(page, [], out.figures.get(page.slug), out.observations.get(page.slug)),
  );
  // The provisional indicators as the site reads them: from the frontmatter written for each page.
  const indicators = [
    ...input.indicators,
    ...[...out.files].flatMap(([path, text]) => provisionalIndicatorsIn(path, text)).map(provisionalAsIndicator),
  ];
  return { out, pages, observations: observationData(pages, indicators) };
}

const yongchuan = [fixtureSource(PLAN), fixtureSource(REPORT)];
const { out, pages, observations } = run(yongchuan);
const planPage = out.pages.find((p) => p.slug === `plan/${PLAN}/chapter-1`)!;
// The observations read from the plan's 表1 (its first chapter's sentences are the matcher's, tested elsewhere).
const planObservations = out.observations.get(planPage.slug)!.filter((o) => o.at.startsWith('table'));
const fixtureLines = readFileSync(join(FIXTURE_TEXTS, `${PLAN}.txt`), 'utf8').split('\n');

const tableOf = (slug: string, number: string) =>
  out.pages
    .find((p) => p.slug === slug)!
    .blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.number === number)!;

describe('reading a plan table header', () => {
  it('reads years with or without 基期/目标, and nothing else as a year', () => {
    expect(yearHeading('2020年')).toEqual({ year: 2020 });
    expect(yearHeading('2025年（基期）')).toEqual({ year: 2025, stated: 'baseline' });
    expect(yearHeading('2027年目标')).toEqual({ year: 2027, stated: 'target' });
    expect(yearHeading('2030年预期值')).toEqual({ year: 2030, stated: 'target' });
    expect(yearHeading('预期值')).toBeUndefined();
    expect(yearHeading('基期值')).toBeUndefined();
    expect(yearHeading('二〇二五年')).toBeUndefined();
  });

  it("lays out the seed plan's 表1: 序号 指标名称 单位 2020年 2025年 预期值 (a column of 预期性/预期值 words)", () => {
    // The header as printed, lines 40-45 of the seed plan.
    expect(sourceLines(SOURCE_IDS.plan, 40, 45).split('\n')).toEqual([
      '\t序号',
      '\t指标名称',
      '\t单位',
      '\t2020年',
      '\t2025年',
      '\t预期值',
    ]);
    const columns = tableColumns(tableOf(`plan/${SOURCE_IDS.plan}/chapter-1`, '1'));
    expect(columns).toEqual({
      name: 1,
      unit: 2,
      attribute: 5,
      years: [
        { column: 3, year: 2020 },
        { column: 4, year: 2025 },
      ],
      unreadable: [],
    });
  });

  it("lays out the 永川 plan's 表1: 2025年（基期） / 2030年 and a 属性 column", () => {
    const columns = tableColumns(tableOf(`plan/${PLAN}/chapter-1`, '1'));
    expect(columns.attribute).toBe(5);
    expect(columns.years).toEqual([
      { column: 3, year: 2025, stated: 'baseline' },
      { column: 4, year: 2030 },
    ]);
  });
});

describe('plan tables of any period', () => {
  it('still reads the seed 表1 as before: 14 rows, 2020 baselines and 2025 targets, all reviewed (content/observations.yaml has an entry for each cell)', () => {
    const seed = out.observations.get(`plan/${SOURCE_IDS.plan}/chapter-1`)!.filter((o) => o.at.startsWith('table1-'));
    expect(seed.filter((o) => o.kind === 'baseline')).toHaveLength(14);
    expect(seed.filter((o) => o.kind === 'target')).toHaveLength(14);
    expect(seed.every((o) => o.status === 'reviewed')).toBe(true);
    // Row 1 (lines 47-52): 全社会研发经费投入增长 % 47.6 ＞10: the bound stays on the target.
    expect(sourceLines(SOURCE_IDS.plan, 48, 51)).toBe('\t全社会研发经费投入增长\n\t%\n\t47.6\n\t＞10');
    const growthTarget = seed.find((o) => o.indicator === 'rd-expenditure-growth' && o.kind === 'target')!;
    expect([growthTarget.raw, growthTarget.period, growthTarget.qualifier]).toEqual(['＞10', '2025', ['目标', '超过']]);
  });

  it('reads a 2025年（基期） / 2030年 table: the baseline column is 2025, the target 2030 with its ≥ bound', () => {
    const high = planObservations.filter((o) => o.indicator === 'high-tech-enterprises');
    // Row 2 of 表1: 高新技术企业数 家 400 ≥800, named word for word by the indicator's table_row; still the
    // machine's reading until a reviewer accepts it.
    expect(high.map((o) => [o.kind, o.raw, o.period, o.status])).toEqual([
      ['baseline', '400', '2025', 'proposed'],
      ['target', '≥800', '2030', 'proposed'],
    ]);
    expect(high[1]!.qualifier).toContain('不低于');
  });

  it('finds an indicator by its alias, and marks that match as proposed', () => {
    // Row 1: 全社会研发经费投入强度, an alias of rd-intensity (whose table_row is 全社会研发经费占地区生产总值的比重).
    const rd = planObservations.filter((o) => o.indicator === 'rd-intensity');
    expect(rd.map((o) => [o.kind, o.value, o.status])).toEqual([
      ['baseline', 2.65, 'proposed'],
      ['target', 3.2, 'proposed'],
    ]);
  });

  it('makes a provisional indicator of a row no indicator matches, and drops no row', () => {
    // 5 rows in 表1, each with a baseline and a target.
    expect(planObservations.filter((o) => o.at.startsWith('table1-') && o.kind === 'baseline')).toHaveLength(5);
    const file = out.files.get(`plan/${PLAN}/chapter-1.mdx`)!;
    expect(file).toContain('provisionalIndicators:');
    // Row 4: 规模以上工业企业研发机构覆盖率 % 45 ≥60 — a coverage rate, not R&D intensity.
    const coverage = planObservations.filter((o) => o.at.startsWith('table1-r4-'));
    const id = `${PLAN}-chapter-1-table1-r4`;
    expect(coverage.map((o) => [o.indicator, o.kind, o.value, o.status])).toEqual([
      [id, 'baseline', 45, 'proposed'],
      [id, 'target', 60, 'proposed'],
    ]);
    expect(file).toContain(`id: ${id}`);
    expect(file).toContain('name: 规模以上工业企业研发机构覆盖率');
    // Its first line in the source: the row's 序号 cell, "\t4".
    expect(fixtureLines[Number(/line: (\d+)/.exec(file)![1]) - 1]).toBe('\t4');
  });

  it('reads 2024年 / 2027年目标, a name with its unit in brackets and no 单位 column', () => {
    const text = [
      '前言',
      '第一章  目标',
      '表1 主要指标',
      '\t指标',
      '\t2024年',
      '\t2027年目标',
      '',
      '\t科技型企业数（家）',
      '\t600',
      '\t＞1000',
      '',
      '\t智能工厂数量（个）',
      '\t3',
      '\t10',
      '',
    ].join('\n');
    const source = makeSource(
      'tongliang-2024-action-plan',
      text,
      'title: 铜梁区科技创新行动方案\nkind: plan\ndistricts: [铜梁]\npublished: "2024-05"\n',
    );
    const result = run([source], []);
    const slug = result.out.pages.find((p) => p.source.id === source.id && p.slug.endsWith('chapter-1'))!.slug;
    const found = result.out.observations.get(slug)!;
    expect(found.map((o) => [o.indicator, o.kind, o.raw, o.period, o.status])).toEqual([
      ['tech-enterprises', 'baseline', '600', '2024', 'proposed'],
      ['tech-enterprises', 'target', '＞1000', '2027', 'proposed'],
      ['tongliang-2024-action-plan-chapter-1-table1-r2', 'baseline', '3', '2024', 'proposed'],
      ['tongliang-2024-action-plan-chapter-1-table1-r2', 'target', '10', '2027', 'proposed'],
    ]);
    expect(result.out.files.get(`${slug}.mdx`)).toContain('unit: 个');
  });

  it('compares row names with spacing, brackets and a trailing 达 set aside', () => {
    expect(sameRowName('全社会研发经费投入强度', '全社会研发经费投入强度（%）')).toBe(true);
    expect(sameRowName('数字经济增加值占地区生产总值比重达', '数字经济增加值占地区生产总值比重')).toBe(true);
    expect(sameRowName('高新技术企业 数', '高新技术企业数')).toBe(true);
    expect(sameRowName('研发机构覆盖率', '全社会研发投入强度')).toBe(false);
    expect(sameRowName('', '')).toBe(false);
  });

  it('a provisional indicator has no English name of its own and says nobody defined it', () => {
    const indicator = provisionalAsIndicator({
      id: 'x-table1-r4',
      name: '覆盖率',
      unit: '%',
      tableRow: '覆盖率',
      provisional: true,
    });
    expect(indicator.provisional).toBe(true);
    expect(indicator.nameEn).toBe('覆盖率');
    expect(indicator.definitionEn).toMatch(/not defined by a person/);
  });
});

describe('a table whose header years cannot be read', () => {
  it('is still written as a table, and ingest warns at its header line', () => {
    // 表2 of the 永川 plan is headed 序号 平台名称 建设内容 近期目标: 近期目标 holds a number but gives no year.
    const headerLine = fixtureLines.indexOf('表2 永川区“十五五”重点创新平台建设计划') + 2;
    expect(fixtureLines[headerLine - 1]).toBe('\t序号');
    const warnings = out.warnings.filter((w) => w.file.endsWith(`${PLAN}.txt`));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: `tests/fixtures/texts/${PLAN}.txt`, line: headerLine });
    expect(warnings[0]!.message).toMatch(/^表2: the column "近期目标" holds numbers, but its heading gives no year/);
    expect(out.files.get(`plan/${PLAN}/chapter-2.mdx`)).toContain('<Table id="table2">');
    // Its number is no baseline or target.
    expect(out.observations.get(`plan/${PLAN}/chapter-2`)!.filter((o) => o.at.startsWith('table2-'))).toEqual([]);
  });

  it('the seed texts give no such warning', () => {
    expect(ingest(seeds).warnings.filter((w) => w.message.includes('heading gives no year'))).toEqual([]);
  });
});

const planned = observations.filter((o) => o.source === PLAN);
const row = (rows: TrackerRow[], indicator: string) => rows.find((r) => r.indicator === indicator)!;

describe('the tracker for a plan of any period', () => {
  it("takes the 永川 plan's period from its table (2025 baseline, 2030 targets): 2026–2030, in force in December 2026", () => {
    expect(planStatus(undefined, planned, '2026-12-03')).toEqual({
      from: 2026,
      to: 2030,
      endDate: '2030-12-31',
      state: 'in-force',
    });
    expect(planStatus(undefined, planned, '2031-01-01')?.state).toBe('ended');
    // The seed plan's metadata says 2021–2025: it ended on 2025-12-31.
    expect(planStatus('2021–2025', [], '2026-12-03')).toMatchObject({ from: 2021, to: 2025, state: 'ended' });
    expect(planStatus('2021–2025', [], '2025-12-31')?.state).toBe('in-force');
  });

  it('reads the straight line at the month of the latest value, not at the end of its year', () => {
    // 技术合同成交额 of 永川: 30亿元 (2025) → 60亿元 (2030). A value of 34.8亿元 for September 2026: the line then
    // stands at 30 + 30 × 0.75 / 5 = 34.5 (on track); at the end of 2026 it would be 36 (behind).
    const later = observations.find((o) => o.indicator === 'technology-contract-turnover' && o.source === REPORT)!;
    const september = { ...later, period: '2026-09', value: 34.8, value_in_indicator_unit: 34.8 };
    const rows = tracker([...observations.filter((o) => o !== later), september], '永川', PLAN, { state: 'in-force' });
    expect(row(rows, 'technology-contract-turnover').verdict).toBe('on-track');
    const lower = { ...september, value: 34.2, value_in_indicator_unit: 34.2 };
    const behind = tracker([...observations.filter((o) => o !== later), lower], '永川', PLAN, { state: 'in-force' });
    expect(row(behind, 'technology-contract-turnover').verdict).toBe('behind');
  });

  it('judges each row of the plan in force, from the texts', () => {
    const rows = tracker(observations, '永川', PLAN, { state: 'in-force' });
    expect(rows).toHaveLength(5);
    // 高新技术企业: 400 (2025) → ≥800 (2030); 520 at the end of 2026. Line: 400 + 400 × 1/5 = 480 ≤ 520.
    const high = row(rows, 'high-tech-enterprises');
    expect([high.latest?.value, high.latest?.period, high.verdict, high.bound]).toEqual([
      520,
      '2026',
      'on-track',
      'at-least',
    ]);
    expect(high.progress).toBeCloseTo((520 - 400) / (800 - 400));
    expect(high.progressYear).toBe(2026);
    // 技术合同成交额: 30亿元 → 60亿元; 33亿元 in 2026. Line: 30 + 30 × 1/5 = 36 > 33.
    expect(row(rows, 'technology-contract-turnover').verdict).toBe('behind');
    // 每万名就业人员中研发人员: 68 → 90; 92 in 2026 already meets the target.
    expect(row(rows, 'researchers-per-10k').verdict).toBe('met-early');
    // R&D intensity: the report restates 2025 (2.71%), the baseline year: no later value.
    expect(row(rows, 'rd-intensity')).toMatchObject({
      verdict: 'cannot-be-judged',
      unjudged: { why: 'no-later-value' },
    });
    expect(row(rows, `${PLAN}-chapter-1-table1-r4`).verdict).toBe('cannot-be-judged');
  });

  it('judges an ended plan by the last value for the target year or later, else says the latest year', () => {
    // Once the plan has ended, 2026 values decide nothing: the latest value is for 2026.
    const ended = tracker(observations, '永川', PLAN, { state: 'ended' });
    expect(row(ended, 'high-tech-enterprises').unjudged).toEqual({ why: 'latest-before-end', latestYear: 2026 });
    // A 2031 report: 812 enterprises (≥800: met) and 55亿元 of contracts (short of 60: not met) for 2030.
    const later = makeSource(
      'yongchuan-2031-review',
      '2030年，永川区高新技术企业达到812家，技术合同成交额达到55亿元。\n',
      'title: 永川区“十五五”科技创新回顾\nkind: report\ndistricts: [永川]\npublished: "2031-02"\n',
    );
    const entries = parseObservationEntries(
      'test-entries.yaml',
      [
        '- { indicator: high-tech-enterprises, page: reports/yongchuan-2031-review, at: p1, value: 812, kind: actual }',
        '- { indicator: technology-contract-turnover, page: reports/yongchuan-2031-review, at: p1, value: 55, kind: actual }',
      ].join('\n'),
    );
    const result = run([...yongchuan, later], [...reportEntries, ...entries]);
    const rows = tracker(result.observations, '永川', PLAN, { state: 'ended' });
    expect(row(rows, 'high-tech-enterprises').verdict).toBe('met');
    expect(row(rows, 'technology-contract-turnover').verdict).toBe('not-met');
    expect(row(rows, 'researchers-per-10k').unjudged).toEqual({ why: 'latest-before-end', latestYear: 2026 });
  });

  it('says the seed plan, ended, cannot be judged on 2021 values: "the latest value in these texts is for 2021"', () => {
    const rows = tracker(observations, '綦江', SOURCE_IDS.plan, { state: 'ended' });
    // 高新技术企业数: 100家 and 123家 for 2021 (lines of the 2021 review and the plan), nothing for 2025.
    expect(row(rows, 'high-tech-enterprises').unjudged).toEqual({ why: 'latest-before-end', latestYear: 2021 });
    expect(rows.every((r) => r.verdict === 'cannot-be-judged')).toBe(true);
  });

  it('respects a target lower than its baseline and a target bound', () => {
    const base = observations.find((o) => o.source === PLAN && o.kind === 'baseline')!;
    const at = (value: number, period: string, kind: 'baseline' | 'target' | 'actual', qualifier: string[] = []) => ({
      ...base,
      indicator: 'x',
      source: kind === 'actual' ? 'r' : 'p',
      district: '永川',
      kind,
      period,
      value,
      value_in_indicator_unit: value,
      qualifier,
      page: `p#table1-r9-c${kind === 'baseline' ? 4 : 5}`,
    });
    // Energy use falling from 10 (2025) to 6 (2030): 8 in 2026 is already beyond the line (9.2), 5 meets it.
    const falling = (latest: number) =>
      tracker([at(10, '2025', 'baseline'), at(6, '2030', 'target'), at(latest, '2026', 'actual')], '永川', 'p', {
        state: 'in-force',
      })[0]!.verdict;
    expect([falling(8), falling(9.5), falling(5)]).toEqual(['on-track', 'behind', 'met-early']);
    // ＞10 (超过): exactly 10 does not meet it.
    const over = tracker(
      [at(47.6, '2020', 'baseline'), at(10, '2025', 'target', ['目标', '超过']), at(10, '2025', 'actual')],
      '永川',
      'p',
      { state: 'ended' },
    )[0]!;
    expect([over.bound, over.verdict]).toEqual(['more-than', 'not-met']);
  });

  it('dates the build from SOURCE_DATE_EPOCH when set, else today (UTC)', () => {
    // 1796083200 s = 2026-12-01T00:00:00Z (20,788 days × 86,400 s).
    expect(asOfDate('1796083200', new Date('2020-01-01T00:00:00Z'))).toBe('2026-12-01');
    expect(asOfDate(undefined, new Date('2026-12-03T23:59:00Z'))).toBe('2026-12-03');
    expect(() => asOfDate('yesterday', new Date())).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('discrepancies for a new district', () => {
  it("finds the plan's 2025 baseline against the 2026 report's 2025 value, with both sentences", () => {
    const found = discrepancies(observations).find((d) => d.indicator === 'rd-intensity' && d.district === '永川');
    expect(found?.period).toBe('2025');
    // 表1 row 1: 2.65; chapter 1: 2025年，全区全社会研发经费投入强度达到2.65%; the report: …投入强度为2.71%.
    expect(found?.observations.map((o) => [o.source, o.raw]).sort()).toEqual([
      [PLAN, '2.65'],
      [PLAN, '2.65%'],
      [REPORT, '2.71%'],
    ]);
    const sentences = new Map(pages.flatMap((p) => p.figures.map((f) => [f.id, f.sentence])));
    expect(found?.observations.map((o) => sentences.get(o.figure)).sort()).toEqual([
      '2025年，全区全社会研发经费投入强度达到2.65%，高新技术企业达到400家，技术合同成交额达到30亿元，每万名就业人员中研发人员达到68人年，规模以上工业企业研发机构覆盖率达到45%。',
      '统计数据显示，2025年全区全社会研发经费投入强度为2.71%，较上年提高0.2个百分点。',
      '表1 永川区“十五五”时期科技创新主要指标：序号1，指标名称全社会研发经费投入强度，单位%，2025年（基期）2.65，2030年≥3.2，属性预期性',
    ]);
  });
});
