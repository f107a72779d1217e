import { describe, expect, it } from 'vitest';
import { observationText } from '../../src/lib/charts/values.ts';
import { boundOf } from '../../src/lib/data/bounds.ts';
import { figureText } from '../../src/lib/data/display.ts';
import { QUALIFIERS } from '../../src/lib/figures/extract.ts';
import { scanNumbers } from '../../src/lib/figures/scan.ts';
import type { Indicator } from '../../src/lib/indicators/registry.ts';
import { convert } from '../../src/lib/indicators/unit-conversion.ts';
import { chineseNumeral } from '../../src/lib/segment/blocks.ts';
import { normalizeSpacing } from '../../src/lib/text/normalize.ts';
import {
  BOUND_WORDS,
  CLASSIFIER_WORDS,
  COMPARISON_SIGNS,
  CONVERTIBLE_COUNT_WORDS,
  COUNT_WORDS,
  DIGIT_MULTIPLIER_CHARACTERS,
  LEADING_BOUND_WORDS,
  MULTIPLIERS,
  STATED_BOUNDS,
} from '../../src/lib/text/quantities.ts';
import { chineseNumerals, chineseStatedNumbers } from '../../src/lib/translation/numerals.ts';
import { chineseQuantity } from '../../src/lib/translation/quantities.ts';
import { SOURCE_IDS, sourceLines } from '../support/sources.ts';

const body = (id: string, line: number) => normalizeSpacing(sourceLines(id, line), 'body');

describe('the quantity vocabulary', () => {
  it('reads every multiplier extraction reads after digits, and the longer ones first', () => {
    const words = MULTIPLIERS.map(([w]) => w);
    for (const ch of DIGIT_MULTIPLIER_CHARACTERS) expect(words, ch).toContain(ch);
    // 万亿 must be tried before 万, 千万 before 千.
    expect(words.indexOf('万亿')).toBeLessThan(words.indexOf('万'));
    expect(words.indexOf('千万')).toBeLessThan(words.indexOf('千'));
  });

  it('takes its subsets of the count words from the one list, leaving out only what it says', () => {
    expect([...COUNT_WORDS].filter((w) => !CLASSIFIER_WORDS.has(w)).sort()).toEqual(['人', '位'].sort());
    for (const w of CONVERTIBLE_COUNT_WORDS) expect(COUNT_WORDS as readonly string[], w).toContain(w);
    for (const w of ['批', '套', '份']) expect(CONVERTIBLE_COUNT_WORDS.has(w), w).toBe(false);
  });

  it('gives every comparison sign a bound word, written as a sign', () => {
    for (const [sign, word] of Object.entries(COMPARISON_SIGNS)) {
      expect(BOUND_WORDS[word], `${sign} → ${word}`).toBeDefined();
      expect(['sign', 'before'], `${sign} → ${word}`).toContain(BOUND_WORDS[word]!.position);
    }
    expect([...LEADING_BOUND_WORDS].sort()).toEqual(['约', '超过', '近'].sort());
  });

  it('orders every bound word extraction can give a figure among its qualifiers', () => {
    // 以下 is the one bound the extraction never reads (see TRAILING_BOUND_WORDS).
    for (const word of Object.keys(BOUND_WORDS).filter((w) => w !== '以下')) expect(QUALIFIERS, word).toContain(word);
    expect(QUALIFIERS).not.toContain('以下');
  });
});

describe('the callers agree with it, on real lines', () => {
  it('scans 1亿多元 and 5%以上 (“我们年产值1亿多元,其中5%以上都投入到科研当中”, new productive forces line 29)', () => {
    const found = scanNumbers(body(SOURCE_IDS.newForces, 29)).figures.map(
      (f) => `${f.raw} ${f.value} ${f.unit} ${f.attached.join(',')}`,
    );
    expect(found).toContain('1亿多元 1 亿元 多');
    expect(found).toContain('5%以上 5 % 以上');
  });

  it('scans 180余家 with a count word as its unit (centenary review)', () => {
    const text = normalizeSpacing(sourceLines(SOURCE_IDS.centenary, 1, 200), 'body');
    const figure = scanNumbers(text).figures.find((f) => f.raw === '180余家');
    expect(figure?.unit).toBe('家');
    expect(figure?.attached).toEqual(['余']);
  });

  it('states the number behind 1亿多元 for the translation check, as English writes it', () => {
    const stated = chineseStatedNumbers('我们年产值1亿多元');
    expect(stated.has('100000000')).toBe(true);
    expect(stated.has('100')).toBe(true); // "100 million"
  });

  it('scales every multiplier in a figure’s unit, 万亿 included', () => {
    expect(chineseQuantity({ value: 3.5, unit: '亿元' })).toEqual({ value: 350_000_000, kind: 'money' });
    expect(chineseQuantity({ value: 1500, unit: '万元' })).toEqual({ value: 15_000_000, kind: 'money' });
    expect(chineseQuantity({ value: 1.2, unit: '万亿元' })).toEqual({ value: 1_200_000_000_000, kind: 'money' });
  });

  it('reads chapter numbers with the chapter digits, and counts with 两 elsewhere', () => {
    expect(chineseNumeral('十九')).toBe(19);
    expect(chineseNumeral('二')).toBe(2);
    expect(() => chineseNumeral('两')).toThrow();
    expect(chineseNumerals('两')).toEqual([2]);
    expect(chineseNumerals('二〇三五')).toContain(2035);
  });

  it('converts between the convertible count words and money units only', () => {
    expect(convert(54, '家', '个')).toBe(54);
    expect(convert(2268, '万元', '亿元')).toBe(0.2268);
    expect(convert(3, '批', '个')).toBeUndefined();
  });

  it('shows ＞10 and ≥6.1 as printed, and a leading bound word in front of a bare figure (plan lines 51, 86)', () => {
    const greater = sourceLines(SOURCE_IDS.plan, 51).trim();
    const atLeast = sourceLines(SOURCE_IDS.plan, 86).trim();
    expect(figureText(greater, '%', [COMPARISON_SIGNS[greater[0]!]!])).toBe('＞10%');
    expect(figureText(atLeast, '%', [COMPARISON_SIGNS[atLeast[0]!]!])).toBe('≥6.1%');
    expect(figureText('100家', '家', ['超过'])).toBe('超过100家');
  });

  it('says every bound in English, 多 as “more than”; a table sign keeps its bound', () => {
    const companies = { unit: '家', unitEn: 'enterprises' } as Indicator;
    expect(observationText({ qualifier: ['余'], value_in_indicator_unit: 180 }, companies, 'en')).toBe(
      'over 180 enterprises',
    );
    expect(observationText({ qualifier: ['余'], value_in_indicator_unit: 180 }, companies, 'zh')).toBe('180余家');
    expect(observationText({ qualifier: ['以上'], value_in_indicator_unit: 50 }, companies, 'zh')).toBe('50家以上');
    // 1亿多元 (new productive forces line 29) is a little over 100 million yuan, not exactly 100 million.
    const money = { unit: '亿元', unitEn: '100 million yuan' } as Indicator;
    expect(boundOf({ qualifier: ['多'] })).toBe('多');
    expect(observationText({ qualifier: ['多'], value_in_indicator_unit: 1 }, money, 'en')).toBe(
      'more than 100 million yuan',
    );
    expect(observationText({ qualifier: ['多'], value_in_indicator_unit: 1 }, money, 'zh')).toBe('1亿多元');
    expect(observationText({ qualifier: ['多'], value_in_indicator_unit: 30 }, companies, 'zh')).toBe('30多家');
    // ≥800 in a plan table (the 永川 fixture's 表1): a target's bound is part of what it says.
    expect(boundOf({ qualifier: ['目标', '不低于'] })).toBe('不低于');
    expect(observationText({ qualifier: ['目标', '不低于'], value_in_indicator_unit: 800 }, companies, 'en')).toBe(
      'at least 800 enterprises',
    );
    expect(observationText({ qualifier: ['目标', '不低于'], value_in_indicator_unit: 800 }, companies, 'zh')).toBe(
      '不低于800家',
    );
    // Every bound word has its English: none is ever shown in English as an exact value.
    expect(Object.keys(STATED_BOUNDS).sort()).toEqual(Object.keys(BOUND_WORDS).sort());
  });
});
