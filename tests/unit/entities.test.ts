import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertNoSharedSpellings, parseEntities, type Entity } from '../../src/lib/glossary/entities.ts';
import { findAllEnglishTerm, findChineseTerms } from '../../src/lib/glossary/match.ts';
import { parseGlossary } from '../../src/lib/glossary/parse.ts';
import { listTree } from '../../src/lib/io/tree.ts';
import { checkTranslation } from '../../src/lib/translation/checks.ts';
import { readChinesePage, readEnglishPage } from '../../src/lib/translation/pages.ts';
import { ENTITY_KINDS } from '../../src/lib/schemas/vocabulary.ts';
import { ROOT } from '../support/sources.ts';

const FILE = 'content/entities.yaml';
const entities = parseEntities(FILE, readFileSync(join(ROOT, FILE), 'utf8'));
const glossary = parseGlossary('content/glossary.yaml', readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8'));
const entity = (zh: string): Entity => entities.find((e) => e.zh === zh)!;

describe('the register of names', () => {
  it('holds every entry of the file, each with a kind, one English name and pinyin', () => {
    const plain = parse(readFileSync(join(ROOT, FILE), 'utf8')) as { id: string; en: string; pinyin: string }[];
    expect(entities.map((e) => [e.id, e.en, e.pinyin])).toEqual(plain.map((e) => [e.id, e.en, e.pinyin]));
    expect(entities.length).toBeGreaterThanOrEqual(250);
    for (const kind of ENTITY_KINDS)
      expect(
        entities.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    expect(entity('西南大学')).toMatchObject({
      kind: 'organisation',
      en: 'Southwest University',
      pinyin: 'xī nán dà xué',
    });
  });

  it('settles the names the review found spelt two ways', () => {
    expect(entity('《綦江区产业人才引育若干优惠政策》').en).toBe(
      'Several Preferential Policies of Qijiang District on Attracting and Cultivating Industrial Talent',
    );
    expect(entity('重庆信息安全学院').en).toBe('Chongqing Information Security College');
    expect(entity('綦创綦新').en).toBe('Qi Create, Qi Innovate');
  });

  it('shares no spelling with the glossary', () => {
    expect(() => assertNoSharedSpellings(entities, FILE, glossary, 'content/glossary.yaml')).not.toThrow();
    const clash = parseEntities(
      'e.yaml',
      '- id: qijiang-again\n  kind: place\n  zh: 綦江\n  en: Qijiang\n  pinyin: qí jiāng\n',
    );
    expect(() => assertNoSharedSpellings(clash, 'e.yaml', glossary, 'content/glossary.yaml')).toThrow(
      /e\.yaml:1: "綦江" is also glossary term "qijiang" \(content\/glossary\.yaml:\d+\)/,
    );
  });

  it('names the file and line of a bad entry', () => {
    const base = '- id: a\n  kind: place\n  zh: 甲\n  en: A\n  pinyin: jiǎ\n';
    expect(() => parseEntities('e.yaml', `${base}- id: a\n  kind: place\n  zh: 乙\n  en: B\n  pinyin: yǐ\n`)).toThrow(
      /e\.yaml:6.*"a" is used twice/,
    );
    expect(() => parseEntities('e.yaml', `${base}- id: b\n  kind: place\n  zh: 甲\n  en: B\n  pinyin: jiǎ\n`)).toThrow(
      /e\.yaml:6: "甲" is already a spelling of entity "a"/,
    );
    // One English name: there is no field for a second.
    expect(() => parseEntities('e.yaml', `${base}  en_variants: [AA]\n`)).toThrow(/e\.yaml:\d+.*known: id, kind/);
    expect(() => parseEntities('e.yaml', base.replace('place', 'river'))).toThrow(/must be one of place, organisation/);
    expect(() => parseEntities('e.yaml', base.replace('  pinyin: jiǎ\n', ''))).toThrow(/e\.yaml:\d+.*pinyin/);
    expect(() => parseEntities('e.yaml', `${base}  except_in: [乙丙]\n`)).toThrow(/"乙丙" contains no spelling of "a"/);
  });
});

describe('finding registered names in Chinese', () => {
  it('skips a spelling inside a phrase where it is something else', () => {
    // Plan ch. 5, source line 227: 联合川渝、渝黔等地创新资源 holds 合川 by accident.
    expect(
      findChineseTerms('联合川渝、渝黔等地创新资源共建市级技术创新中心', entities).map((o) => o.form),
    ).not.toContain('合川');
    // Plan ch. 7: 与永川、涪陵、合川等重要支点城市
    expect(findChineseTerms('加强与永川、涪陵、合川等重要支点城市', entities).map((o) => o.form)).toContain('合川');
    // Plan ch. 2: 加快綦江齿轮传动零部件及变速器 is Qijiang's gear parts, not the company.
    expect(findChineseTerms('加快綦江齿轮传动零部件及变速器向大扭矩', entities).map((o) => o.term.id)).toEqual([]);
    expect(findChineseTerms('依托旗能电铝、有研重冶、綦江齿轮传动、荆江半轴', entities).map((o) => o.term.en)).toEqual([
      'Qineng Electricity and Aluminium',
      'Youyan Zhongye',
      'Qijiang Gear Transmission',
      'Jingjiang Half Shaft',
    ]);
  });
});

describe('the entity check', () => {
  const SLUG = 'reports/qijiang-2022-high-tech-zone';
  const zh = readChinesePage(`content/zh/${SLUG}.mdx`, readFileSync(join(ROOT, `content/zh/${SLUG}.mdx`), 'utf8'));
  const english = readFileSync(join(ROOT, `content/en/${SLUG}.mdx`), 'utf8');
  const check = (text: string) =>
    checkTranslation(zh, readEnglishPage(`content/en/${SLUG}.mdx`, SLUG, text), { glossary, entities }).filter(
      (p) => p.check === 'entities',
    );

  it('passes the page as it is, and reports a name spelt another way', () => {
    expect(check(english)).toEqual([]);
    // p16 names 齿轮产业技术创新联盟; the review found it as "…Technological Innovation Alliance" here.
    const problems = check(
      english.replace(
        'Gear Industry Technology Innovation Alliance',
        'Gear Industry Technological Innovation Alliance',
      ),
    );
    expect(problems.map((p) => [p.id, p.message])).toEqual([
      [
        'p16',
        '#p16: 齿轮产业技术创新联盟 is registered as "Gear Industry Technology Innovation Alliance" (content/entities.yaml, "gear-industry-technology-innovation-alliance"); the English must name it so',
      ],
    ]);
  });
});

describe('every English page', () => {
  const pages = listTree(join(ROOT, 'content/en')).filter((f) => f.endsWith('.mdx'));
  const bySpelling = new Map(entities.flatMap((e) => [e.zh, ...e.zhVariants].map((form) => [form, e] as const)));

  it('glosses a registered name only after its registered English name', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const text = readFileSync(join(ROOT, 'content/en', page), 'utf8');
      for (const match of text.matchAll(/ \(([^()<>]*[\u4e00-\u9fff][^()<>]*)\)/gu)) {
        const name = bySpelling.get(match[1]!);
        // What precedes the gloss, less the italics or quotation marks around a title.
        const before = text
          .slice(Math.max(0, match.index - 300), match.index)
          .replace(/[_”’"*]+$/u, '')
          .replace(/[_*]/g, ' ');
        if (name && !findAllEnglishTerm(before, name).some((hit) => hit.to === before.length))
          wrong.push(`${page}: …${before.slice(-60)} (${match[1]}) should follow "${name.en}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
