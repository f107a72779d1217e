import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.ts';
import { buildBlocks, chineseNumeral } from '../../src/lib/segment/blocks.ts';
import { readLines } from '../../src/lib/segment/lines.ts';
import type { Block } from '../../src/lib/segment/types.ts';
import { SOURCE_IDS, sourceText } from '../support/sources.ts';

/** Blocks built from lines `from`..`to` of a real source. */
function blocksOf(
  id: string,
  from: number,
  to: number,
  layout: 'wrapped' | 'lines' = 'lines',
  cutStart: number[] = [],
): Block[] {
  const lines = readLines(sourceText(id)).slice(from - 1, to);
  return buildBlocks(lines, { file: `${id}.txt`, layout, cutStart: new Set(cutStart) });
}
const texts = (blocks: Block[]) =>
  blocks.map((b) =>
    'passage' in b ? `${b.kind}:${b.passage.text}` : b.kind === 'heading' ? `heading:${b.title.text}` : b.kind,
  );

describe('paragraphs', () => {
  it('joins a newspaper column into one paragraph, across a blank line inside a sentence (qijiang-2022-high-tech-zone, lines 69-76)', () => {
    const blocks = blocksOf(SOURCE_IDS.highTechZone, 69, 76, 'wrapped');
    expect(texts(blocks)).toEqual([
      'paragraph:解决创新供给不足的难题，綦江区另一个做法，是加快汇聚创新人才。他们聘请院士、国家“杰青”等担任项目咨询决策专家，成立了汽车产业发展专家委员会，组建了大数据人工智能领域20多名人才组成的专家咨询委员会，设立市级技能大师工作室3个、市级博士后科研工作站5个，引进专业大学2所。',
    ]);
  });

  it('starts a new paragraph after a blank line once a sentence has ended (qijiang-2022-high-tech-zone, lines 57-67)', () => {
    expect(blocksOf(SOURCE_IDS.highTechZone, 57, 67, 'wrapped').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps one paragraph per line in web extractions, joining only a sentence cut by a blank line (belt-and-road-2023-qianjiang-dazu, lines 27-31)', () => {
    const blocks = blocksOf(SOURCE_IDS.beltAndRoad, 27, 31);
    expect(blocks).toHaveLength(2);
    expect(texts(blocks)[1]).toBe(
      'paragraph:踔厉奋发、迎难而上，建设区域性科技创新中心的有力武器就是要牢固树立战略思维，黔江深谙其理。',
    );
  });

  it('continues a sentence on the far side of a photo caption and puts the caption after it (belt-and-road-2023-qianjiang-dazu, lines 121-127)', () => {
    const blocks = blocksOf(SOURCE_IDS.beltAndRoad, 121, 127);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption']);
    const [paragraph, caption] = blocks as [Extract<Block, { kind: 'paragraph' }>, Extract<Block, { kind: 'caption' }>];
    expect(paragraph.passage.text).toContain('打造多层次3D云原生数字文博项目标杆，推动“科技+文旅”深度融合。');
    expect(paragraph.passage.spans.map((s) => s.line)).toEqual([121, 127]);
    expect(caption.passage.text).toBe('盛泰光电科技股份有限公司生产车间');
  });

  it('flags a paragraph the extraction cut off, and one that starts mid-sentence (belt-and-road-2023-qianjiang-dazu, lines 107-139)', () => {
    const cut = blocksOf(SOURCE_IDS.beltAndRoad, 107, 109);
    expect((cut.at(-1) as Extract<Block, { kind: 'paragraph' }>).passage.cut).toEqual({ end: true });
    const pair = blocksOf(SOURCE_IDS.beltAndRoad, 137, 139, 'lines', [139]);
    expect(pair.map((b) => (b as Extract<Block, { kind: 'paragraph' }>).passage.cut)).toEqual([
      { end: true },
      { start: true },
    ]);
  });

  it('without the metadata note, the two cut passages would run together', () => {
    expect(blocksOf(SOURCE_IDS.beltAndRoad, 137, 139)).toHaveLength(1);
  });

  it('splits a byline printed at the end of the last paragraph (qijiang-2021-centenary-review, line 43)', () => {
    const blocks = blocksOf(SOURCE_IDS.centenary, 43, 43);
    expect(texts(blocks)).toEqual([
      expect.stringMatching(/^paragraph:抢抓大机遇.*通道综合服务能力实现显著提升。$/u),
      'byline:文/张静',
    ]);
  });
});

describe('headings, captions and bylines', () => {
  it('pairs a section title with its subtitle (qijiang-2022-high-tech-zone, lines 35-41)', () => {
    const blocks = blocksOf(SOURCE_IDS.highTechZone, 35, 41, 'wrapped');
    const heading = blocks.find((b) => b.kind === 'heading') as Extract<Block, { kind: 'heading' }>;
    expect(heading.title.text).toBe('用他山之石来攻玉');
    expect(heading.subtitles.map((s) => s.text)).toEqual(['汇聚八方转型资源助升级']);
    expect(blocks.at(-1)!.kind).toBe('paragraph');
  });

  it('reads a caption under an image gap and a photographer credit (qijiang-2024-new-productive-forces, lines 41-51)', () => {
    expect(texts(blocksOf(SOURCE_IDS.newForces, 41, 51))).toEqual([
      'caption:智能机械臂助力齿轮加工 摄/陈星宇',
      'heading:育产业 提升产业发展能级',
      expect.stringMatching(/^paragraph:“重庆是‘中国火锅之都’/u),
      'caption:火锅底料自动灌装生产线 摄/张静',
    ]);
  });

  it('turns ● lines into one list (belt-and-road-2023-qianjiang-dazu, lines 151-161)', () => {
    const blocks = blocksOf(SOURCE_IDS.beltAndRoad, 151, 161);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'list' });
    expect((blocks[0] as Extract<Block, { kind: 'list' }>).items).toHaveLength(6);
  });
});

describe('专栏 boxes and 表 tables', () => {
  it('reads a box with its items, ending at two blank lines (qijiang-14th-five-year-st-plan, lines 183-191)', () => {
    const blocks = blocksOf(SOURCE_IDS.plan, 183, 191);
    const box = blocks[0] as Extract<Block, { kind: 'box' }>;
    expect(box).toMatchObject({ kind: 'box', number: '1' });
    expect(box.title.text).toBe('专栏1“科技+现代服务业”融合提升工程');
    expect(box.items.map((i) => i.text.slice(0, 5))).toEqual(['检验检测。', '智慧物流。', '智慧仓储。', '智慧景区。']);
    expect(blocks[1]).toMatchObject({ kind: 'heading' });
  });

  it('reads 表1 as a real table: 14 rows of 序号/指标名称/单位/2020年/2025年/属性 (qijiang-14th-five-year-st-plan, lines 39-143)', () => {
    const [table] = blocksOf(SOURCE_IDS.plan, 39, 145) as [Extract<Block, { kind: 'table' }>];
    expect(table.kind).toBe('table');
    expect(table.caption.text).toBe('表1 綦江区“十四五”时期科技发展主要指标');
    expect(table.header.map((c) => c.text)).toEqual(['序号', '指标名称', '单位', '2020年', '2025年', '预期值']);
    expect(table.rows).toHaveLength(14);
    expect(table.rows.every((r) => r.length === 6)).toBe(true);
    expect(table.rows[4]!.map((c) => c.text)).toEqual(['5', '高新技术企业数', '家', '98', '200', '预期值']);
    expect(table.rows[0]!.map((c) => c.text)).toEqual(['1', '全社会研发经费投入增长', '%', '47.6', '＞10', '预期性']);
  });

  it('rejects a table row with a missing cell, naming the file and line', () => {
    const text = sourceText(SOURCE_IDS.plan)
      .split('\n')
      .slice(38, 66)
      .filter((_, i) => i !== 20)
      .join('\n');
    const lines = readLines(text);
    expect(() => buildBlocks(lines, { file: 'plan.txt', layout: 'lines', cutStart: new Set() })).toThrow(
      new InputError('plan.txt', 'table 表1, row 2: 5 cells, but the header has 6', 16),
    );
  });
});

describe('chineseNumeral', () => {
  it('reads chapter numbers', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三'].map(chineseNumeral)).toEqual([1, 9, 10, 11, 20, 23]);
  });
});
