import { describe, expect, it } from 'vitest';
import { endsParagraph, isCjk } from '../../src/lib/text/cjk.ts';
import { normalizeSpacing, withoutWhitespace } from '../../src/lib/text/normalize.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';

describe('normalizeSpacing, body text', () => {
  it('joins a word that a hard line break split (qijiang-2022-high-tech-zone, lines 4-5)', () => {
    expect(sourceLines(SOURCE_IDS.highTechZone, 4, 5)).toBe('只占全区面积的3.7%，却创\n造了超过全区30%的经济贡献，');
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.highTechZone, 4, 5), 'body')).toBe(
      '只占全区面积的3.7%，却创造了超过全区30%的经济贡献，',
    );
  });

  it('closes up letter-spaced characters and the space before CJK punctuation (qijiang-2022-high-tech-zone, line 8)', () => {
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.highTechZone, 8), 'body')).toBe('业，企业研发投入占全区');
  });

  it('drops the stray space between Chinese and a number (qijiang-2022-high-tech-zone, lines 7, 78, 153, 156)', () => {
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.highTechZone, 7), 'body')).toBe('聚着全区90.2%的高新技术企');
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.highTechZone, 78, 79), 'body')).toBe(
      '目前，綦江区引进巴渝学者等高端人才11名，评选区级重点产业人才286名，签约引进投',
    );
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.highTechZone, 153), 'body')).toBe(
      '2021年，綦江全社会研发投入强度达到',
    );
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.highTechZone, 156), 'body')).toBe(
      '项189项；登记认定技术合同交易额同比增长',
    );
  });

  it('keeps a space between Latin words and numbers', () => {
    // The sources have no such space inside running text, so this pairs real tokens from them (qijiang-14th-five-year-st-plan, line 237).
    expect(normalizeSpacing('IGBT MOS管生产线', 'body')).toBe('IGBT MOS管生产线');
    expect(normalizeSpacing('G75 2条国道', 'body')).toBe('G75 2条国道');
  });

  it('never changes anything but whitespace', () => {
    const raw = sourceLines(SOURCE_IDS.highTechZone, 1, 60);
    expect(withoutWhitespace(normalizeSpacing(raw, 'body'))).toBe(withoutWhitespace(raw));
  });
});

describe('normalizeSpacing, display lines', () => {
  it('closes up a letter-spaced heading (qijiang-2022-high-tech-zone, line 2)', () => {
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.highTechZone, 2), 'display')).toBe('核心提示');
  });

  it('keeps the space that separates the two halves of a headline (belt-and-road-2023-qianjiang-dazu, line 7)', () => {
    expect(normalizeSpacing('黔江 高水平建设渝东南科技创新中心', 'display')).toBe('黔江 高水平建设渝东南科技创新中心');
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.centenary, 35), 'display')).toBe('綦江 走好转型路 打造升级版');
  });

  it('collapses the double space after a chapter number to one (qijiang-14th-five-year-st-plan, line 2)', () => {
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.plan, 2), 'display')).toBe(
      '第一章 形成具有重要影响力、带动力的区域性科技创新中心',
    );
  });

  it('keeps the space between names in a byline (belt-and-road-2023-qianjiang-dazu, line 77)', () => {
    expect(normalizeSpacing(sourceLines(SOURCE_IDS.beltAndRoad, 77), 'display')).toBe('刘茂娇 黄伟');
  });
});

describe('character classes', () => {
  it('treats Han, CJK punctuation and curly quotes as CJK, Latin and digits not', () => {
    for (const ch of ['綦', '，', '。', '“', '”', '—', '…', '·', '『', '（']) expect(isCjk(ch), ch).toBe(true);
    for (const ch of ['a', 'Z', '3', '%', '.', ',', '(']) expect(isCjk(ch), ch).toBe(false);
  });

  it('knows which lines end a paragraph', () => {
    expect(endsParagraph(sourceLines(SOURCE_IDS.highTechZone, 10))).toBe(true); // 交出这样一份骄人的成绩单。
    expect(endsParagraph(sourceLines(SOURCE_IDS.highTechZone, 4))).toBe(false); // …却创
    expect(endsParagraph(sourceLines(SOURCE_IDS.beltAndRoad, 85))).toBe(true); // …91.87%……
    expect(endsParagraph(sourceLines(SOURCE_IDS.beltAndRoad, 137))).toBe(false); // …大足英才19
  });
});
