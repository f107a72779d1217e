import { describe, expect, it } from 'vitest';
import { observationDisplay, observationText } from '../../src/lib/charts/values.ts';
import { figureUrl, observationData, type ObservationData, type PageData } from '../../src/lib/data/records.ts';
import { extractFigures, extractOptionsFor } from '../../src/lib/figures/extract.ts';
import type { Indicator } from '../../src/lib/indicators/registry.ts';
import { convert } from '../../src/lib/indicators/unit-conversion.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { frontmatterOf } from '../../src/lib/mdx/page.ts';
import { paginate } from '../../src/lib/segment/pages.ts';
import { boundWordsIn } from '../../src/lib/text/quantities.ts';
import { lostBounds, missingBounds } from '../../src/lib/translation/data-bounds.ts';
import { makeSource, ROOT, SOURCE_IDS, sourceLines } from '../support/sources.ts';

// Indicators for figures no indicator of the register counts: what the data pages would compose for them.
const counted = (unit: string, unitEn: string) =>
  ({ id: `test-${unitEn.replace(/\W+/g, '-')}`, name: '测试', nameEn: 'test', unit, unitEn }) as Indicator;
const money = counted('亿元', '100 million yuan');
const people = counted('人', 'people');
const enterprises = counted('家', 'enterprises');
const share = counted('%', '%');

/** The figure `raw` as extraction reads it from `text`, with its qualifiers. */
function figureIn(text: string, raw: string, meta?: string) {
  const [page] = paginate(makeSource('bounds-test', text, meta));
  const figure = extractFigures(page!, extractOptionsFor(page!)).find((f) => f.raw === raw);
  if (!figure) throw new Error(`no figure ${raw} in ${text}`);
  return figure;
}

/** The figure as an observation of `indicator`, as the open data would carry it. */
function observed(figure: ReturnType<typeof figureIn>, indicator: Indicator, district = '綦江'): ObservationData {
  return {
    indicator: indicator.id,
    indicator_name: indicator.name,
    indicator_name_en: indicator.nameEn,
    district,
    period: figure.period,
    kind: 'actual',
    status: 'proposed',
    raw: figure.raw,
    value: figure.value,
    unit: figure.unit,
    value_in_indicator_unit: convert(figure.value, figure.unit, indicator.unit) ?? null,
    indicator_unit: indicator.unit,
    qualifier: figure.qualifier,
    definition: null,
    definition_en: null,
    figure: figure.id,
    page: `reports/bounds-test/#${figure.at}`,
    anchor: figure.anchor,
    source: 'bounds-test',
    published: '2022',
  };
}

/** The table's and the words' renderings of an observation, Chinese then English. */
const rendered = (o: ObservationData, indicator: Indicator) => [
  observationDisplay(o, indicator, 'zh').text,
  observationDisplay(o, indicator, 'en').text,
  observationText(o, indicator, 'zh'),
  observationText(o, indicator, 'en'),
];

describe('bounds in the data pages, on real source lines', () => {
  it('超过: “全区高新技术企业超过100家” (centenary review line 37) is over 100 enterprises', () => {
    const o = observed(figureIn(sourceLines(SOURCE_IDS.centenary, 37), '100家'), enterprises);
    expect(rendered(o, enterprises)).toEqual([
      '超过100家',
      'over 100 enterprises',
      '超过100家',
      'over 100 enterprises',
    ]);
    expect(lostBounds([o], [enterprises]).lost).toEqual([]);
  });

  it('约: “每年解决就业人数约400人” (belt and road line 117) is about 400 people', () => {
    const o = observed(figureIn(sourceLines(SOURCE_IDS.beltAndRoad, 117), '400人'), people, '大足');
    expect(rendered(o, people)).toEqual(['约400人', 'about 400 people', '约400人', 'about 400 people']);
    expect(lostBounds([o], [people]).lost).toEqual([]);
  });

  it('余: “年销售收入6余亿元” (belt and road line 117) is over 600 million yuan', () => {
    const o = observed(figureIn(sourceLines(SOURCE_IDS.beltAndRoad, 117), '6余亿元'), money, '大足');
    expect(rendered(o, money)).toEqual(['6余亿元', 'over 600 million yuan', '6余亿元', 'over 600 million yuan']);
    expect(lostBounds([o], [money]).lost).toEqual([]);
  });

  it('以上: “年生产总值达到800亿元以上” (centenary review line 47) is at least 80,000 million yuan', () => {
    const o = observed(figureIn(sourceLines(SOURCE_IDS.centenary, 47), '800亿元以上'), money);
    expect(rendered(o, money)).toEqual([
      '800亿元以上',
      'at least 80,000 million yuan',
      '800亿元以上',
      'at least 80,000 million yuan',
    ]);
    expect(lostBounds([o], [money]).lost).toEqual([]);
  });

  it('多: “我们年产值1亿多元” (new productive forces line 29) is more than 100 million yuan, not exactly', () => {
    const o = observed(figureIn(sourceLines(SOURCE_IDS.newForces, 29), '1亿多元'), money);
    expect(rendered(o, money)).toEqual([
      '1亿多元',
      'more than 100 million yuan',
      '1亿多元',
      'more than 100 million yuan',
    ]);
    expect(lostBounds([o], [money]).lost).toEqual([]);
  });

  it('左右 read as 约 too: “节约20%左右的能源成本” (new productive forces line 53) says “about” once', () => {
    const o = observed(figureIn(sourceLines(SOURCE_IDS.newForces, 53), '20%左右'), share);
    expect(o.qualifier).toEqual(expect.arrayContaining(['约', '左右']));
    expect(observationText(o, share, 'en')).toBe('about 20%');
    expect(lostBounds([o], [share]).lost).toEqual([]);
  });

  it('≥ and ＞ in the plan’s 表1 (plan lines 51 and 86): at least 6.1 patents, over 10%', () => {
    const input = readIngestInput(ROOT);
    const out = ingest(input);
    const pages: PageData[] = out.pages.map((page) =>
      frontmatterOf(page, [], out.figures.get(page.slug), out.observations.get(page.slug)),
    );
    const all = observationData(pages, input.indicators);
    const byRaw = (raw: string) => all.find((o) => o.raw === raw && o.source === SOURCE_IDS.plan)!;
    const patents = input.indicators.find((i) => i.id === 'invention-patents-per-10k')!;
    const growth = input.indicators.find((i) => i.id === byRaw('＞10').indicator)!;
    expect(observationDisplay(byRaw('≥6.1'), patents, 'zh').text).toBe('≥6.1件');
    expect(observationDisplay(byRaw('≥6.1'), patents, 'en').text).toBe('at least 6.1 patents per 10,000 residents');
    expect(observationDisplay(byRaw('＞10'), growth, 'zh').text).toBe('＞10%');
    expect(observationDisplay(byRaw('＞10'), growth, 'en').text).toBe('over 10%');
    // Every value the site's data pages compose from the real texts keeps its bounds, and each links to its figure.
    const { checked, lost } = lostBounds(all, input.indicators);
    expect(checked).toBeGreaterThan(all.length);
    expect(lost).toEqual([]);
    expect(figureUrl(byRaw('≥6.1'))).toBe('plan/qijiang-14th-five-year-st-plan/chapter-1/#fig-table1-r6-c5-1');
  });
});

describe('bounds in the data pages, on lines written for the test (荣昌, 璧山: not in the seeds)', () => {
  const meta = 'title: 荣昌 科技创新\nkind: report\ndistricts: [荣昌]\npublished: "2026"\n';
  const line = (text: string, raw: string, indicator: Indicator) =>
    observed(figureIn(`${text}\n`, raw, meta), indicator, '荣昌');

  it('says each bound in English, where Chinese puts it before, inside or after the number', () => {
    const cases: [string, string, Indicator, string][] = [
      ['2025年，荣昌高新技术企业超过260家。', '260家', enterprises, 'over 260 enterprises'],
      ['2025年，荣昌科技型企业约1200家。', '1200家', enterprises, 'about 1,200 enterprises'],
      ['2025年，荣昌新增科技型企业300余家。', '300余家', enterprises, 'over 300 enterprises'],
      ['2025年，荣昌研发投入5亿多元。', '5亿多元', money, 'more than 500 million yuan'],
      ['2025年，荣昌规上工业企业研发机构覆盖率达到60%以上。', '60%以上', share, 'at least 60%'],
    ];
    for (const [text, raw, indicator, english] of cases) {
      const o = line(text, raw, indicator);
      expect(observationText(o, indicator, 'en'), text).toBe(english);
      expect(lostBounds([o], [indicator]).lost, text).toEqual([]);
    }
  });

  it('fails, naming the indicator, district and period, when the English drops a bound', () => {
    const o = line('2025年，荣昌高新技术企业超过260家。', '260家', enterprises);
    // As the English would read with 超过 dropped: the bound word must be there, as its own word.
    expect(missingBounds('超过260家', { text: '260 enterprises', lang: 'en' })).toEqual(['超过']);
    expect(missingBounds('超过260家', { text: 'turnover 260', lang: 'en' })).toEqual(['超过']);
    expect(missingBounds('≥6.1件', { text: '6.1 patents', lang: 'en' })).toEqual(['不低于']);
    expect(missingBounds('＞10%', { text: '10%', lang: 'zh-CN' })).toEqual(['超过']);
    expect(missingBounds('100余家', { text: 'over 100 enterprises', lang: 'en' })).toEqual([]);
    // An observation whose qualifiers lost the bound the figure states: its Chinese and English are both short of it.
    const dropped = { ...o, raw: '超过260家', qualifier: [] };
    const { lost } = lostBounds([dropped], [enterprises]);
    expect(lost.map((b) => [b.indicator, b.district, b.period, b.view, b.missing])).toEqual([
      [enterprises.id, '荣昌', '2025', 'table', ['超过']],
      [enterprises.id, '荣昌', '2025', 'words', ['超过']],
      [enterprises.id, '荣昌', '2025', 'chart label', ['超过']],
    ]);
  });

  it('reads a sign as the word it stands for, and 不低于 as itself, not as the 低于 inside it', () => {
    expect(boundWordsIn('≥6.1件')).toEqual(['不低于']);
    expect(boundWordsIn('不低于800家')).toEqual(['不低于']);
    expect(boundWordsIn('＜5%')).toEqual(['低于']);
    expect(boundWordsIn('≤3天')).toEqual(['不高于']);
    expect(boundWordsIn('约20%左右')).toEqual(['约', '左右']);
    expect(boundWordsIn('123家')).toEqual([]);
  });
});
