import { describe, expect, it } from 'vitest';
import {
  amountForms,
  inOtherScript,
  MAX_QUERY_CHARACTERS,
  percentFromNumerals,
  planQuery,
  shiftDecimal,
  termOf,
  type QueryPlan,
} from '../../src/lib/search/browser/query.ts';
import { namedPages, nameKey } from '../../src/lib/search/browser/names.ts';
import { namedPagesFile } from '../../src/lib/search/build/names.ts';
import { holdsEveryWord, matchedWords, matchesQueryWord } from '../../src/lib/search/browser/word-match.ts';
import { parseGlossary } from '../../src/lib/glossary/parse.ts';
import { parseIndicators } from '../../src/lib/indicators/registry.ts';
import { sourceLines, sourceText, SOURCE_IDS } from '../support/sources.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/sources.ts';

// Line 37 of the 2023 report on 黔江 and 大足: "累计发放知识价值信用贷款达3.84亿元。"
const LOANS = sourceLines(SOURCE_IDS.beltAndRoad, 37);
// Line 200 of the 2022 high-tech zone report: "设立了5000万元规模".
const FUND = sourceLines(SOURCE_IDS.highTechZone, 200);

const planOf = (typed: string, language: 'zh' | 'en' = 'zh'): QueryPlan => {
  const planned = planQuery(typed, language);
  if ('problem' in planned) throw new Error(`refused: ${planned.problem}`);
  return planned.plan;
};
/** Whether a text holds a term in one of its spellings, as the exact index compares. */
const holds = (text: string, typed: string) => termOf(typed, 'zh').forms.some((form) => text.includes(form));

describe('full-width characters', () => {
  it('are read as half-width (NFKC), and the page is told so', () => {
    expect(planOf('２．３％')).toMatchObject({ text: '2.3%', halfWidth: true });
    expect(planOf('１０６３').text).toBe('1063');
    expect(planOf('2.3%').halfWidth).toBe(false);
    // Line 7 of the plan writes 2.3% in half-width, which the full-width query is searched as.
    expect(sourceLines(SOURCE_IDS.plan, 7)).toContain('2.3%');
  });
});

describe('amounts of money', () => {
  it('are searched in every unit that writes them with a few decimals, and match each other', () => {
    expect(amountForms('3.84亿元').sort()).toEqual(['38400万元', '384000000元'].sort());
    expect(amountForms('38400万元').sort()).toEqual(['3.84亿元', '384000000元'].sort());
    expect(amountForms('5000万元').sort()).toEqual(['0.5亿元', '50000000元'].sort());
    // The report says 3.84亿元: each spelling of that amount finds the line; another amount does not.
    for (const typed of ['3.84亿元', '38400万元', '384000000元']) expect(holds(LOANS, typed), typed).toBe(true);
    expect(holds(LOANS, '3840万元')).toBe(false);
    expect(holds(FUND, '0.5亿元')).toBe(true);
  });

  it('keep the words around them and leave other units alone', () => {
    expect(amountForms('达3.84亿元。')).toContain('达38400万元。');
    expect(amountForms('2千米')).toEqual([]);
    expect(amountForms('5938人')).toEqual([]);
    expect(amountForms('亿元')).toEqual([]);
  });

  it('shift the decimal point exactly, never through floating point, and stay bounded', () => {
    expect(shiftDecimal('3.84', 4)).toBe('38400');
    expect(shiftDecimal('38400', -4)).toBe('3.84');
    expect(shiftDecimal('0.1', 1)).toBe('1');
    expect(shiftDecimal('1', -4)).toBe('0.0001');
    expect(shiftDecimal('1', -5)).toBeUndefined();
    expect(shiftDecimal('9', 13)).toBeUndefined();
  });
});

describe('percentages in Chinese numerals', () => {
  it('are also searched in digits', () => {
    expect(percentFromNumerals('百分之二点三')).toEqual(['2.3%']);
    expect(percentFromNumerals('百分之二十')).toEqual(['20%']);
    expect(percentFromNumerals('提高百分之十五以上')).toEqual(['提高15%以上']);
    // 二三 reads as 23 digit by digit or as 2 and 3: no guess.
    expect(percentFromNumerals('百分之二三')).toEqual([]);
    expect(percentFromNumerals('2.3%')).toEqual([]);
    expect(holds(sourceText(SOURCE_IDS.plan), '百分之二点三')).toBe(true);
  });
});

describe('terms', () => {
  it('split at spaces: a page must hold every one', () => {
    const plan = planOf('綦江  火锅');
    expect(plan.terms.map((t) => t.text)).toEqual(['綦江', '火锅']);
    expect(plan.phrase).toBe(false);
    // Line 170 of the plan holds both words, apart.
    const line = sourceLines(SOURCE_IDS.plan, 170);
    expect(plan.terms.every((t) => t.forms.some((f) => line.includes(f)))).toBe(true);
    expect(line).not.toContain('綦江 火锅');
  });

  it('a quoted phrase is one exact term, with no other spellings', () => {
    const plan = planOf('"high-tech enterprises"', 'en');
    expect(plan).toMatchObject({
      phrase: true,
      terms: [{ text: 'high-tech enterprises', forms: ['high-tech enterprises'] }],
    });
    // Chinese quotation marks are part of a query (the texts quote “专精特新”), not a phrase.
    expect(planOf('“专精特新”')).toMatchObject({ phrase: false, terms: [{ text: '“专精特新”' }] });
  });

  it('an English figure on the Chinese page is also searched without separators; a bare number on the English page with them', () => {
    expect(termOf('1,063', 'zh').forms).toEqual(['1,063', '1063']);
    expect(termOf('1063', 'en').forms).toEqual(['1063', '1,063']);
    expect(inOtherScript('1,063', 'zh')).toBe(true);
    expect(inOtherScript('enterprise', 'zh')).toBe(true);
    expect(inOtherScript('高新技术企业', 'zh')).toBe(false);
    expect(inOtherScript('綦江', 'en')).toBe(true);
    expect(inOtherScript('enterprise', 'en')).toBe(false);
  });
});

describe('queries refused with a message', () => {
  it('are empty, only punctuation, or too long', () => {
    expect(planQuery('  ', 'zh')).toEqual({ problem: 'empty' });
    expect(planQuery('。，！', 'zh')).toEqual({ problem: 'punctuationOnly' });
    expect(planQuery('?!', 'en')).toEqual({ problem: 'punctuationOnly' });
    expect(planQuery('綦'.repeat(MAX_QUERY_CHARACTERS + 1), 'zh')).toEqual({ problem: 'tooLong' });
    expect('plan' in planQuery('綦'.repeat(MAX_QUERY_CHARACTERS), 'zh')).toBe(true);
    // A sign that is not punctuation is searched: tables write ≥6.1.
    expect('plan' in planQuery('≥', 'zh')).toBe(true);
  });
});

describe('English words Pagefind matched', () => {
  it('count when they are the word, begin with it, or share its stem; a shorter prefix does not', () => {
    expect(matchesQueryWord('enterprise', 'enterprises')).toBe(true);
    expect(matchesQueryWord('enterprises', 'enterprise')).toBe(true);
    expect(matchesQueryWord('cultivated', 'cultivation')).toBe(true);
    expect(matchesQueryWord('photosynthesis', 'photo')).toBe(false);
    expect(matchesQueryWord('onerror', 'one')).toBe(false);
  });

  it('are read at Pagefind’s word locations in the content', () => {
    const content = 'The district cultivated 123 high-tech enterprises.';
    // Words: The(0) district(1) cultivated(2) 123(3) high-tech(4) enterprises.(5)
    expect(matchedWords({ content, locations: [2, 4] })).toEqual(new Set(['cultivated', 'high', 'tech']));
    expect(holdsEveryWord('enterprise', matchedWords({ content, locations: [4] }))).toBe(false);
    expect(holdsEveryWord('enterprise', matchedWords({ content, locations: [5] }))).toBe(true);
  });
});

describe('best matches', () => {
  const indicators = parseIndicators(
    'content/indicators.yaml',
    readFileSync(join(ROOT, 'content', 'indicators.yaml'), 'utf8'),
  );
  const terms = parseGlossary('content/glossary.yaml', readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8'));
  const file = namedPagesFile(indicators, terms, { href: (locale, path) => `/${locale === 'en' ? 'en/' : ''}${path}` });

  it('name an indicator by its name, alias or English name, on either language’s page', () => {
    // content/indicators.yaml: high-tech-enterprises has the alias 高新技术企业 and the English name "High-tech enterprises".
    expect(namedPages(file, '高新技术企业', 'zh')).toContainEqual({
      kind: 'indicator',
      title: '高新技术企业数',
      href: '/indicators/high-tech-enterprises/',
    });
    expect(namedPages(file, 'high-tech enterprises', 'en')).toContainEqual({
      kind: 'indicator',
      title: 'High-tech enterprises',
      href: '/en/indicators/high-tech-enterprises/',
    });
    expect(namedPages(file, '高新技术', 'zh').filter((p) => p.kind === 'indicator')).toEqual([]);
  });

  it('name a glossary term by its spelling; compared without quotes, spaces or case', () => {
    // content/glossary.yaml: the term qijiang is 綦江, "Qijiang".
    expect(namedPages(file, '綦江', 'zh')).toContainEqual({
      kind: 'term',
      title: '綦江',
      href: '/glossary/#term-qijiang',
    });
    expect(namedPages(file, 'qijiang', 'en')).toContainEqual({
      kind: 'term',
      title: 'Qijiang',
      href: '/en/glossary/#term-qijiang',
    });
    expect(nameKey('“专精特新” 企业')).toBe('专精特新企业');
  });

  it('are written the same on every build', () => {
    expect(JSON.stringify(namedPagesFile(indicators, terms, { href: (_, p) => p }))).toBe(
      JSON.stringify(namedPagesFile(indicators, terms, { href: (_, p) => p })),
    );
    expect(file.every((page) => page.keys.length > 0)).toBe(true);
  });
});
