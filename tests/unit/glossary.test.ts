import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { firstUses } from '../../src/lib/glossary/first-use.ts';
import { containsEnglishTerm, findChineseTerms } from '../../src/lib/glossary/match.ts';
import { listedOccurrences, termOccurrences } from '../../src/lib/glossary/occurrences.ts';
import { parseGlossary, type GlossaryTerm } from '../../src/lib/glossary/parse.ts';
import { readChinesePage } from '../../src/lib/translation/pages.ts';
import { listTree } from '../../src/lib/io/tree.ts';
import { ROOT } from '../support/sources.ts';

const FILE = 'content/glossary.yaml';
const glossary = parseGlossary(FILE, readFileSync(join(ROOT, FILE), 'utf8'));
const term = (id: string): GlossaryTerm => glossary.find((t) => t.id === id)!;

describe('the glossary file', () => {
  it('has at least 80 terms, each with a rendering and a note', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(80);
    // Every entry of the file, as a plain YAML reader sees it, comes through with its rendering and note.
    const entries = parse(readFileSync(join(ROOT, FILE), 'utf8')) as { id: string; en: string; note: string }[];
    expect(glossary.map((t) => [t.id, t.en, t.note])).toEqual(entries.map((e) => [e.id, e.en.trim(), e.note.trim()]));
    expect(term('qijiang')).toMatchObject({ zh: '綦江', en: 'Qijiang', pinyin: 'Qíjiāng' });
  });

  it('holds the terms the translations depend on', () => {
    for (const zh of [
      '专精特新',
      '小巨人',
      '高新技术企业',
      '科技型企业',
      '国家科技型中小企业',
      '知识价值信用贷款',
      '研发投入强度',
      '双创',
      '众创空间',
      '星创天地',
      '科技特派员',
      '揭榜挂帅',
      '智改数转',
      '新质生产力',
      '成渝地区双城经济圈',
      '西部陆海新通道',
      '预期性',
      '规模以上工业企业',
      '十四五',
      '十三五',
      '创新驱动发展战略',
      '两区一园一基地',
      '新型研发机构',
      '产学研',
      '卡脖子',
      '包干制',
      '容错纠错机制',
      '战略性新兴产业',
      '碳达峰碳中和',
      '綦万三化',
    ]) {
      expect(
        glossary.some((t) => t.zh === zh || t.zhVariants.includes(zh)),
        zh,
      ).toBe(true);
    }
  });

  it('every term occurs on at least one Chinese page (pages are counted, not typed)', () => {
    const dir = join(ROOT, 'content', 'zh');
    const pages = listTree(dir).map((path) => readChinesePage(path, readFileSync(join(dir, path), 'utf8')));
    const occurrences = termOccurrences(glossary, pages);
    const unused = glossary.filter((t) => occurrences.get(t.id)!.length === 0).map((t) => t.zh);
    expect(unused).toEqual([]);
    expect(occurrences.get('qijiang-wansheng-three-integrations')!.map((o) => o.slug)).toContain(
      'plan/qijiang-14th-five-year-st-plan/chapter-1',
    );
  });

  it('rejects a bad entry with the file and line', () => {
    const twice = '- id: a\n  zh: 甲\n  en: a\n  note: n\n- id: b\n  zh: 甲\n  en: b\n  note: n\n';
    expect(() => parseGlossary('g.yaml', twice)).toThrow(/g\.yaml:5: "甲" is already a spelling of term "a"/);
    expect(() => parseGlossary('g.yaml', '- id: a\n  zh: 甲\n  en: a\n')).toThrow(
      /g\.yaml:1: missing required field "note"/,
    );
    expect(() => parseGlossary('g.yaml', '- id: A B\n  zh: 甲\n  en: a\n  note: n\n')).toThrow(/lowercase ASCII/);
    expect(() => parseGlossary('g.yaml', '- id: a\n  zh: 甲\n  en: a\n  note: n\n  colour: red\n')).toThrow(
      /unknown field "colour"/,
    );
  });
});

describe('finding terms', () => {
  it('matches the longest Chinese term and never two overlapping ones', () => {
    // Source line 159 of the Qijiang 2022 report.
    const found = findChineseTerms('2021年，綦江区的国家高新技术企业新增25家', glossary).map((o) => o.term.zh);
    expect(found).toEqual(['綦江', '国家高新技术企业']);
    // 为全面建成渝东南区域中心城市: 渝东南, not 成渝 across the word boundary.
    expect(findChineseTerms('为全面建成渝东南区域中心城市', glossary).map((o) => o.term.zh)).toEqual(['渝东南']);
    expect(findChineseTerms('规上工业企业研发机构', glossary).map((o) => o.term.id)).toContain(
      'above-designated-size-industrial-enterprises',
    );
  });

  it('accepts the English rendering in either number, across hyphens, and stems marked with *', () => {
    expect(containsEnglishTerm('two smart factories', term('smart-factory'))).toBe(true);
    expect(containsEnglishTerm('the whole-industrial-chain approach', term('industrial-chain'))).toBe(true);
    expect(containsEnglishTerm('results were commercialised', term('commercialisation'))).toBe(true);
    expect(containsEnglishTerm('high-technology industry', term('high-tech-industry'))).toBe(false);
    expect(containsEnglishTerm('the municipality', term('municipal-level'))).toBe(false);
  });

  it('marks each term once, at its first use, the longer rendering winning', () => {
    const segments = [
      'It added 25 national high-tech enterprises.',
      'Each high-tech enterprise and every national high-tech enterprise',
    ];
    const marks = firstUses(segments, glossary, 'en').map((m) => [
      m.term.id,
      m.segment,
      segments[m.segment]!.slice(m.from, m.to),
    ]);
    expect(marks).toContainEqual(['national-high-tech-enterprise', 0, 'national high-tech enterprises']);
    expect(marks).toContainEqual(['high-tech-enterprise', 1, 'high-tech enterprise']);
    expect(firstUses(['市级科技型企业'], glossary, 'zh').map((m) => m.term.zh)).toEqual(['市级', '科技型企业']);
    expect(firstUses(['municipal projects'], glossary, 'en')).toEqual([]);
  });
});

describe('listedOccurrences', () => {
  const at = (slug: string, count: number) => ({ slug, firstPassage: 'p1', count });
  it('lists the pages where a term occurs most, ties in the pages’ order, and counts the rest', () => {
    const all = [at('a', 1), at('b', 4), at('c', 2), at('d', 4), at('e', 1)];
    expect(listedOccurrences(all, 3)).toEqual({ listed: [at('b', 4), at('d', 4), at('c', 2)], unlisted: 2 });
    expect(listedOccurrences(all, 5).unlisted).toBe(0);
    expect(listedOccurrences(all, 10).listed.map((o) => o.slug)).toEqual(['b', 'd', 'c', 'a', 'e']);
    expect(listedOccurrences([], 3)).toEqual({ listed: [], unlisted: 0 });
  });
});
