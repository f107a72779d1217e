import { describe, expect, it } from 'vitest';
import { timeExpressions } from '../../src/lib/figures/periods.ts';
import { scanNumbers } from '../../src/lib/figures/scan.ts';
import { sentenceIndex, sentences } from '../../src/lib/figures/sentences.ts';
import { protectedZones, zoneTest } from '../../src/lib/figures/zones.ts';
import { sourceText } from '../support/sources.ts';
import { makeSource, SOURCE_IDS, sourceLines } from '../support/sources.ts';
import { extractFigures, extractOptionsFor } from '../../src/lib/figures/extract.ts';
import { paginate } from '../../src/lib/segment/pages.ts';
import { normalizeSpacing } from '../../src/lib/text/normalize.ts';

const body = (id: string, from: number, to = from) => normalizeSpacing(sourceLines(id, from, to), 'body');
const figures = (text: string) =>
  scanNumbers(text).figures.map(
    (f) =>
      `${f.raw}=${f.value}${f.high ? `-${f.high}` : ''} ${f.unit}${f.attached.length ? ` (${f.attached.join(',')})` : ''}`,
  );

describe('scanNumbers on real lines', () => {
  it('reads money with 万 and 亿, counts and bounds (qijiang-2022-high-tech-zone, lines 197-206)', () => {
    expect(figures(body(SOURCE_IDS.highTechZone, 197, 206))).toEqual([
      '35个=35 个',
      '163户=163 户',
      '3.5亿元=3.5 亿元',
      '4亿元=4 亿元',
      '5000万元=5000 万元',
      '401笔=401 笔',
      '14.2亿元=14.2 亿元',
      '2300万元以上=2300 万元 (以上)',
      '4000万元=4000 万元',
      '137笔=137 笔',
      '4.85亿元=4.85 亿元',
      '3.8亿元=3.8 亿元',
    ]);
  });

  it('reads 余 and 多 on either side of the multiplier, and multiples (belt-and-road-2023-qianjiang-dazu line 51, qijiang-2022-high-tech-zone line 163)', () => {
    expect(figures(body(SOURCE_IDS.beltAndRoad, 51))).toContain('1500余万元=1500 万元 (余)');
    expect(figures(body(SOURCE_IDS.beltAndRoad, 117))).toEqual(['119家=119 家', '6余亿元=6 亿元 (余)', '400人=400 人']);
    expect(figures(body(SOURCE_IDS.highTechZone, 159, 163))).toEqual([
      '25家=25 家',
      '123家=123 家',
      '2.7倍=2.7 倍',
      '117家=117 家',
      '29倍=29 倍',
      '583家=583 家',
      '1633家=1633 家',
      '6倍多=6 倍 (多)',
    ]);
  });

  it('reads composite units, percentages and ranges (qijiang-14th-five-year-st-plan line 7, qijiang-2021-centenary-review line 47)', () => {
    expect(figures(body(SOURCE_IDS.plan, 7))).toEqual(
      expect.arrayContaining(['2.51件/万人=2.51 件/万人', '136.79%=136.79 %', '665项=665 项', '3.3倍=3.3 倍']),
    );
    expect(figures(body(SOURCE_IDS.centenary, 47))).toEqual(
      expect.arrayContaining(['5至10年=5-10 年', '800亿元以上=800 亿元 (以上)']),
    );
  });

  it('leaves out years, dates, ordinals, quoted codes, titles, model and grade names', () => {
    // belt-and-road-2023-qianjiang-dazu line 45: 今年1月至9月 … 10月25日 … “2023年度…” are not figures; 2.01亿元, 3.1%, 20万元 are.
    expect(figures(body(SOURCE_IDS.beltAndRoad, 45))).toEqual(['2.01亿元=2.01 亿元', '3.1%=3.1 %', '20万元=20 万元']);
    // qijiang-2024-new-productive-forces line 19: “33618” is a code.
    expect(figures(body(SOURCE_IDS.newForces, 19))).toEqual(['4个=4 个']);
    // qijiang-2024-new-productive-forces line 23: 1:1 is part of a product name.
    expect(figures(body(SOURCE_IDS.newForces, 23))).toEqual([]);
    // qijiang-14th-five-year-st-plan line 7: 2019中国建材…奖 names an award.
    expect(figures(body(SOURCE_IDS.plan, 7)).some((f) => f.startsWith('2019'))).toBe(false);
    // qijiang-14th-five-year-st-plan line 166: 5系, 6系 name alloy series; line 233: 500强; qijiang-2024-new-productive-forces line 55: 5级 a size grade.
    expect(figures(body(SOURCE_IDS.plan, 166))).toEqual([]);
    expect(figures(body(SOURCE_IDS.plan, 233))).toEqual([]);
    expect(figures(body(SOURCE_IDS.newForces, 55))).toEqual([]);
    // belt-and-road-2023-qianjiang-dazu line 35: ‘5个2’ is a slogan.
    expect(figures(body(SOURCE_IDS.beltAndRoad, 35))).toEqual([]);
  });

  it('keeps figures inside quoted speech', () => {
    // belt-and-road-2023-qianjiang-dazu line 73: “…已联合实施市级科技项目5个、推介科技成果130余项。”
    expect(figures(body(SOURCE_IDS.beltAndRoad, 73))).toEqual(['5个=5 个', '130余项=130 项 (余)']);
  });

  it('keeps a number whose unit the extraction cut off', () => {
    const cut = body(SOURCE_IDS.beltAndRoad, 137);
    expect(figures(cut).at(-1)).toBe('6人=6 人');
    expect(scanNumbers(cut, true).figures.at(-1)).toMatchObject({ raw: '19', value: 19, unit: '' });
  });
});

describe('time expressions', () => {
  const periods = (text: string, year: number) =>
    timeExpressions(text, year).map((t) => `${text.slice(t.start, t.end)}=${t.period}${t.base ? ' base' : ''}`);

  it('resolve years, spans and relative words (belt-and-road-2023-qianjiang-dazu lines 45, 155)', () => {
    expect(periods(body(SOURCE_IDS.beltAndRoad, 45), 2023)).toEqual([
      '今年1月至9月=2023-01/2023-09',
      '10月25日=2023-10-25',
    ]);
    expect(periods(body(SOURCE_IDS.beltAndRoad, 155), 2023)).toEqual(['2022年=2022', '2023年前三季度=2023-01/2023-09']);
  });

  it('mark comparison bases and the start of spans', () => {
    expect(periods(body(SOURCE_IDS.highTechZone, 63, 67), 2022)).toEqual(['截至目前=2022', '2018年=2018 base']);
    expect(periods('从2020年4月成立指挥部以来', 2021)).toEqual(['2020年4月=2020-04 base']);
  });

  it('ignore a year inside a quoted programme name', () => {
    expect(
      periods('项目入选市科技局“2023年度技术创新与应用发展专项乡村振兴对口帮扶项目”，获批直接经费20万元', 2023),
    ).toEqual([]);
  });
});

describe('lookups that keep a long paragraph linear (issue 17)', () => {
  // A real text as one paragraph, plus nested and touching quotations written for the test.
  const text = `${sourceText(SOURCE_IDS.centenary).replace(/\s+/g, '')}“《甲2020》乙”“3”“4”`;

  it('find the sentence of every offset as a search from the start does', () => {
    const list = sentences(text);
    const index = sentenceIndex(text);
    for (let offset = -1; offset <= text.length; offset += 1)
      expect(index.at(offset)).toBe(list.findIndex((s) => offset >= s.start && offset < s.end));
    for (const offset of [0, 1, 57, text.length - 1, text.length])
      expect(index.firstFrom(offset)).toBe(
        list.findIndex((s) => s.start >= offset) === -1 ? list.length : list.findIndex((s) => s.start >= offset),
      );
  });

  it('tell whether an offset is in a quotation as checking every zone does', () => {
    const zones = protectedZones(text);
    const inZone = zoneTest(zones);
    expect(zones.length).toBeGreaterThan(10);
    for (let offset = 0; offset <= text.length; offset += 1)
      expect(inZone(offset)).toBe(zones.some(([start, end]) => offset > start && offset < end));
  });
});

describe('sentences', () => {
  it('end at 。！？ and keep a closing quotation mark with the sentence', () => {
    expect(sentences('“这是一台设备。”徐向阳介绍，“该产品在国内领先。”').map((s) => s.text)).toEqual([
      '“这是一台设备。”',
      '徐向阳介绍，“该产品在国内领先。”',
    ]);
  });
});

describe('a text that opens by naming the year it reviews', () => {
  // Written for this test: a review of 2025 published in March 2026, in the style of a district's year summary.
  const text = [
    '2025年，江津区科技创新工作取得新进展。',
    '',
    '全年新增高新技术企业31家，累计达到265家。',
    '',
    '全社会研发投入强度达到2.4%。',
    '',
    '2026年，江津将新增科技型企业300家。',
    '',
  ].join('\n');
  const meta = 'title: 江津 科技创新取得新进展\nkind: report\ndistricts: [江津]\npublished: "2026-03"\n';
  const [page] = paginate(makeSource('jiangjin-2026-year-review', text, meta));
  const found = extractFigures(page!, extractOptionsFor(page!));
  const periodOf = (raw: string) => found.find((f) => f.raw === raw)?.period;

  it("dates the paragraphs after its first one by that year, not the publication's", () => {
    expect(periodOf('31家')).toBe('2025');
    expect(periodOf('265家')).toBe('2025');
    expect(periodOf('2.4%')).toBe('2025');
  });

  it('lets a paragraph that names another year keep it', () => {
    expect(periodOf('300家')).toBe('2026');
  });
});
