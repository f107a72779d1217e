import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmDrafts } from '../../src/lib/translation/confirm.ts';
import { buildMemory, chineseSentences, englishSentences } from '../../src/lib/translation/memory.ts';
import { readChinesePage, readEnglishPage } from '../../src/lib/translation/pages.ts';
import { readTranslationProject } from '../../src/lib/translation/project.ts';
import { scaffoldEnglish } from '../../src/lib/translation/scaffold.ts';
import { ROOT } from '../support/sources.ts';

const project = readTranslationProject(ROOT);
const chineseOf = new Map(project.chinese.map((p) => [p.slug, p]));
const memory = buildMemory(
  project.english.map((en) => ({
    chinese: chineseOf.get(en.slug)!.passages,
    englishSource: readFileSync(join(ROOT, en.file), 'utf8'),
  })),
);
const names = [...project.entities, ...project.glossary];

// The Qijiang 2022 report's p8 (source lines 57–61), word for word, with this page's own figure ids.
const REUSED =
  '2021年，綦江引进市级研发机构新增<Fig id="fig-p1-1">18家</Fig>，同比增长<Fig id="fig-p1-2">35%</Fig>，<Fig id="fig-p1-3">50%以上</Fig>规上工业企业建立研发机构，专利授权<Fig id="fig-p1-4">1063件</Fig>、同比增长<Fig id="fig-p1-5">53.8%</Fig>。綦江齿轮传动有限公司荣获中国老科协命名的第一个工业企业科技示范基地。';
// A sentence of plan chapter 1 (p12), then one of the new text's own.
const KNOWN_SENTENCE = '綦江区需增强科技创新对高质量发展的支撑作用。';
const NEW_SENTENCE = '永川区今年将新建一批市级重点实验室。';

/** A new district's report, as ingest writes one (a district the seeds do not have). */
const NEW_PAGE = [
  '---',
  'slug: reports/yongchuan-2026-sample',
  'title: 永川区科技创新报道（测试）',
  'front: []',
  '---',
  '',
  `<P id="p1" lines="3">${REUSED}</P>`,
  '',
  `<P id="p2" lines="5">${KNOWN_SENTENCE}${NEW_SENTENCE}</P>`,
  '',
  '<P id="p3" lines="7">永川区与西南大学、重庆大学合作建设新型研发机构。</P>',
  '',
  '<P id="p4" lines="9">今年的工作重点已经明确。</P>',
  '',
].join('\n');
const zh = readChinesePage('content/zh/reports/yongchuan-2026-sample.mdx', NEW_PAGE);
const scaffold = scaffoldEnglish(zh, NEW_PAGE, { memory, names, date: '2026-12-05' });
const english = readEnglishPage('content/en/reports/yongchuan-2026-sample.mdx', zh.slug, scaffold.mdx);
const element = (id: string) => new RegExp(`<P id="${id}"[^>]*>.*?</P>`, 's').exec(scaffold.mdx)?.[0] ?? '';

describe('the translation memory', () => {
  it('holds the current translations of the project, passages and sentences', () => {
    expect(memory.passages.size).toBeGreaterThan(400);
    expect(memory.sentences.get(KNOWN_SENTENCE)).toBe(
      'Qijiang District needs to strengthen the supporting role of science and technology innovation in high-quality development.',
    );
  });

  it('splits sentences where each language ends them, not at a company suffix or a decimal', () => {
    expect(chineseSentences('甲。乙！“丙？”丁')).toEqual(['甲。', '乙！', '“丙？”', '丁']);
    expect(englishSentences('Qijiang Gear Transmission Co., Ltd. was honoured. It rose 3.5%. “Yes!” he said.')).toEqual(
      ['Qijiang Gear Transmission Co., Ltd. was honoured.', 'It rose 3.5%.', '“Yes!” he said.'],
    );
  });
});

describe('a scaffold of a new text', () => {
  it('pre-fills a passage translated before exactly, with the new page’s figure ids, as a draft', () => {
    expect(element('p1')).toMatch(/^<P id="p1" data-zh="0fcb57e2" data-draft="memory">/);
    // As the reader sees it, the English of the Qijiang 2022 report's p8, word for word.
    const before = project.english.find((e) => e.slug === 'reports/qijiang-2022-high-tech-zone')!.passages;
    expect(english.passages.find((p) => p.id === 'p1')?.text).toBe(before.find((p) => p.id === 'p8')?.text);
    expect(element('p1')).not.toContain('fig-p8');
  });

  it('puts a sentence translated before in place of its Chinese and leaves the new one', () => {
    expect(element('p2')).toContain('data-draft="memory"');
    expect(element('p2')).toContain(
      'Qijiang District needs to strengthen the supporting role of science and technology innovation in high-quality development.',
    );
    expect(element('p2')).toContain(NEW_SENTENCE);
  });

  it('gives registered names and glossary terms in English where nothing else is known', () => {
    expect(element('p3')).toContain('data-draft="names"');
    expect(element('p3')).toContain('Southwest University (西南大学)');
    expect(element('p3')).toContain('Chongqing University (重庆大学)');
    expect(english.passages.find((p) => p.id === 'p3')?.text).toContain('new-type R&D institution (新型研发机构)');
    expect(element('p4')).not.toContain('data-draft');
  });

  it('says how much it pre-filled, and starts as a draft', () => {
    expect(scaffold).toMatchObject({ passages: 4, whole: 1, partial: 1, names: 1 });
    expect(scaffold.mdx).toContain('review:\n  state: draft\n  date: 2026-12-05\n');
    // What is pre-filled still answers to the checks: the reused passage's figures are the new page's.
    expect(english.passages.find((p) => p.id === 'p1')?.figures.map((f) => f.id)).toEqual(
      zh.passages.find((p) => p.id === 'p1')?.figures.map((f) => f.id),
    );
  });

  it('is confirmed passage by passage, changing nothing else', () => {
    const confirmed = confirmDrafts('x.mdx', scaffold.mdx, ['p1']);
    expect(confirmed).toBe(
      scaffold.mdx.replace('<P id="p1" data-zh="0fcb57e2" data-draft="memory">', '<P id="p1" data-zh="0fcb57e2">'),
    );
    expect(() => confirmDrafts('x.mdx', scaffold.mdx, ['p4'])).toThrow(/x\.mdx: #p4 is not marked data-draft/);
    expect(() => confirmDrafts('x.mdx', scaffold.mdx, ['p9'])).toThrow(/x\.mdx: no element with id="p9"/);
  });
});
