import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest.ts';
import { parseObservationEntries } from '../../src/lib/indicators/observations.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import type { Observation } from '../../src/lib/schemas/page.ts';
import { makeSource, ROOT, sourceLines, SOURCE_IDS } from '../support/sources.ts';

const { indicators } = readIngestInput(ROOT);
const ID = 'match-test';

/** Everything the matcher proposes for a one-paragraph text of `district`, as `value indicator kind`. */
function propose(text: string, district: string, published = '2023', entries = ''): string[] {
  return observe(text, district, published, entries)
    .filter((o) => o.status === 'proposed')
    .map((o) => `${o.value} ${o.indicator} ${o.kind}`);
}

function observe(text: string, district: string, published = '2023', entries = ''): Observation[] {
  const source = makeSource(
    ID,
    text,
    `title: 测试\nkind: report\ndistricts: [${district}]\npublished: "${published}"\n`,
  );
  const { observations } = ingest({
    sources: [source],
    corrections: [],
    correctionsFile: 'content/corrections.yaml',
    indicators,
    observationEntries: parseObservationEntries('content/observations.yaml', entries),
    observationsFile: 'content/observations.yaml',
    warnings: [],
  });
  return observations.get(`reports/${ID}`) ?? [];
}

describe('the kind of a proposed observation, from the sentence', () => {
  it('新增 is an increase and 累计 a running total (real line, 大足 2023)', () => {
    expect(propose(sourceLines(SOURCE_IDS.beltAndRoad, 85), '大足')).toEqual(
      expect.arrayContaining([
        '22 high-tech-enterprises increase',
        '194 high-tech-enterprises cumulative',
        '277 tech-enterprises increase',
        '1530 tech-enterprises cumulative',
        '87 municipal-specialized-smes actual',
        '5 little-giants actual',
      ]),
    );
  });

  it('同比增长 is a growth rate of the measure named before it (real line, 綦江 2022)', () => {
    expect(propose(sourceLines(SOURCE_IDS.highTechZone, 57, 59).replace(/\n/g, ''), '綦江')).toEqual([
      '1063 patents-granted actual',
      '53.8 patents-granted growth-rate',
    ]);
  });

  it('力争 is a target; a target for an increase (科技型企业新增400家) is no target level', () => {
    expect(propose('力争高新技术企业突破140家，科技型企业新增400家，国家科技型中小企业完成120家。', '綦江')).toEqual([
      '140 high-tech-enterprises target',
      '120 national-tech-smes target',
    ]);
  });

  it('到20XX年…达到 is a target', () => {
    expect(propose('到2027年，璧山高新技术企业将达到600家。', '璧山', '2025')).toEqual([
      '600 high-tech-enterprises target',
    ]);
  });

  it('提高…个百分点 is a change in percentage points, of the measure named before it, never a level', () => {
    expect(propose('全社会研发投入强度3.12%，比上年提高0.15个百分点。', '璧山', '2025')).toEqual([
      '3.12 rd-intensity actual',
      '0.15 rd-intensity change',
    ]);
  });

  it('…的X倍 is a ratio, never a level; 较2018年增长4.3倍 is neither (real lines, 綦江)', () => {
    const plan = sourceLines(SOURCE_IDS.plan, 8);
    expect(propose(plan, '綦江', '2021')).toEqual(expect.arrayContaining(['98 high-tech-enterprises actual']));
    expect(propose(plan, '綦江', '2021')).toContain('5.4 high-tech-enterprises ratio');
    expect(propose(plan, '綦江', '2021').filter((p) => p.startsWith('5.4 ') && !p.endsWith('ratio'))).toEqual([]);
    expect(propose(sourceLines(SOURCE_IDS.highTechZone, 63, 64).replace(/\n/g, ''), '綦江')).toEqual([
      '86 rd-institutions actual',
    ]);
  });
});

describe('near misses the matcher must not take', () => {
  it('在孵企业 are incubated firms, not incubators (real line, 大足)', () => {
    expect(propose(sourceLines(SOURCE_IDS.beltAndRoad, 117), '大足')).toEqual([]);
  });

  it('研发机构覆盖率 is neither R&D intensity nor a count of R&D institutions', () => {
    expect(propose('年末市级以上研发机构达到215个，规模以上工业企业研发机构覆盖率达到56.2%。', '璧山', '2025')).toEqual(
      ['215 rd-institutions actual'],
    );
  });

  it('a part after 其中 is not the total it belongs to', () => {
    expect(
      propose('今年前三季度，全区研发投入达到48.3亿元，其中规模以上工业企业研发投入39.7亿元。', '璧山', '2025'),
    ).toEqual(['48.3 rd-expenditure actual']);
    expect(propose('全年专利授权量4210件，增长6.3%，其中发明专利授权量612件。', '璧山', '2025')).toEqual([
      '4210 patents-granted actual',
      '6.3 patents-granted growth-rate',
    ]);
  });

  it('a figure of another district in the text is not the page’s', () => {
    expect(propose('与璧山相邻的永川区，高新技术企业已达到380家。', '璧山', '2025')).toEqual([]);
    expect(propose('相邻的大足区、荣昌区高新技术企业分别达到240家和260家。', '永川', '2025')).toEqual([]);
  });

  it('applications (新组织申报…) are not outcomes; a density (每百亿元GDP有…255.8家) is not a count (real lines, 大足)', () => {
    expect(propose(sourceLines(SOURCE_IDS.beltAndRoad, 115), '大足').filter((p) => p.includes('incubators'))).toEqual([
      '3 incubators cumulative',
    ]);
    expect(propose(sourceLines(SOURCE_IDS.beltAndRoad, 153), '大足')).toEqual([]);
  });

  it('a second figure of the same measure in a sentence (市级…、区级…) is left to the reviewer', () => {
    expect(propose('累计选派28名市级科技特派员、81名区级科技特派员。', '綦江', '2021')).toEqual([
      '28 st-commissioners cumulative',
    ]);
  });
});

describe('definition notes for a measure narrower than the indicator', () => {
  it('市级众创空间 and 国家级孵化器 carry a note in Chinese and English (real lines)', () => {
    const spaces = observe(sourceLines(SOURCE_IDS.plan, 8), '綦江', '2021').find((o) => o.indicator === 'maker-spaces');
    expect(spaces).toMatchObject({
      value: 4,
      definition: '市级众创空间',
      definitionEn: 'Municipal-level maker spaces',
    });
    const incubator = observe(sourceLines(SOURCE_IDS.beltAndRoad, 67), '黔江').find(
      (o) => o.indicator === 'incubators',
    );
    expect(incubator).toMatchObject({
      value: 1,
      definition: '国家级孵化器',
      definitionEn: 'National-level technology business incubators',
    });
  });

  it('a qualifier the definition already has needs no note (市级科技型企业 is the indicator’s own measure)', () => {
    const [enterprises] = observe('市级科技型企业新增583家。', '綦江', '2022');
    expect(enterprises).toMatchObject({ value: 583, indicator: 'tech-enterprises', kind: 'increase' });
    expect(enterprises?.definition).toBeUndefined();
  });
});

describe('a reviewed entry always wins', () => {
  const text = '今年，大足新认定市级众创空间2家。';
  const at = `page: reports/${ID}, at: p1, value: 2`;

  it('without one, the figure is proposed', () => {
    expect(observe(text, '大足')).toMatchObject([{ indicator: 'maker-spaces', kind: 'increase', status: 'proposed' }]);
  });

  it('a correction replaces the proposal, reviewed', () => {
    expect(
      observe(text, '大足', '2023', `- { indicator: incubation-institutions, ${at}, kind: increase }\n`),
    ).toMatchObject([{ indicator: 'incubation-institutions', kind: 'increase', status: 'reviewed' }]);
  });

  it('a rejection leaves no observation', () => {
    expect(observe(text, '大足', '2023', `- { ${at}, reject: true, reason: 新认定 not counted here }\n`)).toEqual([]);
  });
});
