import { describe, expect, it } from 'vitest';
import { looksLikeTitle, readLines, shapeLine } from '../../src/lib/segment/lines.ts';
import { paginate } from '../../src/lib/segment/pages.ts';
import { makeSource, SOURCE_IDS, sourceLines, sourceText } from '../support/sources.ts';

const shape = (id: string, n: number) => shapeLine(sourceLines(id, n), n);

describe('line shapes from real lines', () => {
  it('reads `#` headings with their level, content and markup', () => {
    const line = shape(SOURCE_IDS.beltAndRoad, 81);
    expect(line).toMatchObject({ shape: 'md-heading', mdLevel: 2, text: '助力成渝地区中部崛起' });
    expect(line.markup).toEqual([{ line: 81, from: 0, to: 2 }]);
  });

  it('reads 第X章, 第X节, 专栏N and 表N lines', () => {
    expect(shape(SOURCE_IDS.plan, 2).shape).toBe('chapter');
    expect(shape(SOURCE_IDS.plan, 220).shape).toBe('chapter'); // " 第五章  …" with a leading space
    expect(shape(SOURCE_IDS.plan, 4).shape).toBe('section');
    expect(shape(SOURCE_IDS.plan, 267).shape).toBe('box'); // 专栏8 人才培养体系建设工程
    expect(shape(SOURCE_IDS.plan, 183).shape).toBe('box'); // 专栏1“科技+现代服务业”融合提升工程
    expect(shape(SOURCE_IDS.plan, 39).shape).toBe('table-caption');
    expect(shape(SOURCE_IDS.plan, 41)).toMatchObject({ shape: 'cell', text: '指标名称' });
  });

  it('reads bullets, photo captions, credits and bylines', () => {
    const bullet = shape(SOURCE_IDS.beltAndRoad, 159);
    expect(bullet.shape).toBe('bullet');
    expect(bullet.text.startsWith('累计建成科技创新平台189个')).toBe(true);
    expect(shape(SOURCE_IDS.newForces, 5).shape).toBe('photo-caption'); // …开发区 摄/陈再华
    expect(shape(SOURCE_IDS.beltAndRoad, 79).shape).toBe('credit'); // 图片由黔江区科技局提供
    expect(shape(SOURCE_IDS.newForces, 93).shape).toBe('credit'); // 图片除署名外均由綦江区经信委提供
    expect(shape(SOURCE_IDS.highTechZone, 240).shape).toBe('byline'); // 贺娜 王修丽
    expect(shape(SOURCE_IDS.newForces, 91).shape).toBe('byline'); // 杨溢 贺娜
  });

  it('does not take a spaced headline for a byline', () => {
    expect(shape(SOURCE_IDS.centenary, 35).shape).toBe('text'); // 綦江 走好转型路 打造升级版
    expect(shape(SOURCE_IDS.centenary, 45).shape).toBe('text'); // 西部信息安全谷 悄然崛起
  });

  it('treats a whitespace-only line as blank (qijiang-2021-centenary-review, line 53)', () => {
    expect(shape(SOURCE_IDS.centenary, 53).shape).toBe('blank');
  });
});

describe('looksLikeTitle', () => {
  it('accepts short standalone titles', () => {
    for (const n of [36, 38, 94, 174, 242, 247])
      expect(looksLikeTitle(sourceLines(SOURCE_IDS.highTechZone, n).trim()), String(n)).toBe(true);
    expect(looksLikeTitle(sourceLines(SOURCE_IDS.centenary, 39))).toBe(true);
  });

  it('rejects sentence fragments and short sentences', () => {
    expect(looksLikeTitle(sourceLines(SOURCE_IDS.beltAndRoad, 29))).toBe(false); // …有力武器就是要牢固
    expect(looksLikeTitle(sourceLines(SOURCE_IDS.beltAndRoad, 107))).toBe(false); // 潜心筑巢，自有凤来。
    expect(looksLikeTitle(sourceLines(SOURCE_IDS.newForces, 57))).toBe(false); // 不仅是火锅食材产业。
    expect(looksLikeTitle(sourceLines(SOURCE_IDS.newForces, 61))).toBe(false); // 智能装备制造产业上,荆江半轴、赛之源、百
  });
});

describe('line endings', () => {
  const text = sourceText(SOURCE_IDS.newForces);
  const meta = 'title: 测试\nkind: report\ndistricts: [綦江]\npublished: "2024"\n';
  const blocksOf = (t: string) => paginate(makeSource('line-endings', t, meta)).flatMap((page) => page.blocks);

  it('reads CR-only lines as lines, as LF and CRLF are read', () => {
    const lf = readLines(text).map((l) => l.text);
    expect(lf.length).toBeGreaterThan(50);
    expect(readLines(text.replaceAll('\n', '\r')).map((l) => l.text)).toEqual(lf);
    expect(readLines(text.replaceAll('\n', '\r\n')).map((l) => l.text)).toEqual(lf);
  });

  it('segments a CR-only text into the same paragraphs as the LF one, not into one', () => {
    const lf = blocksOf(text);
    expect(lf.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(10);
    expect(blocksOf(text.replaceAll('\n', '\r'))).toEqual(lf);
  });
});
