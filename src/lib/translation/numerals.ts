import { present } from '../assert.ts';
import {
  DIGIT_BY_DIGIT,
  MULTIPLIERS,
  multiplierOf,
  NUMERAL_CHARACTERS,
  NUMERAL_DIGITS,
  NUMERAL_SECTION_UNITS,
  NUMERAL_SMALL_UNITS,
} from '../text/quantities.ts';
import { append } from '../arrays.ts';

/**
 * The numbers a piece of text states, as normalised digit strings: `1,063`
 * and `1063` are both "1063", `2.30` is "2.3". Used to find numbers an English
 * translation states that its Chinese original does not.
 */
export function digitNumbers(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => normaliseNumber(m[0]));
}

export function normaliseNumber(raw: string): string {
  const plain = raw.replace(/,/g, '');
  return plain.includes('.') ? plain.replace(/\.?0+$/, '') : plain.replace(/^0+(?=\d)/, '');
}

/**
 * Every number a Chinese text states, and the ways English may write it:
 * digits (1063), digits with a Chinese multiplier (3.5亿 is 350 million, so
 * "350"), Chinese numerals (第十四 → 14; 二〇三五 → 2035; 十四五 → 14 and 5),
 * and a bare multiplier (亿元 is "100 million yuan", 万人 "10,000 people").
 */
export function chineseStatedNumbers(text: string): Set<string> {
  const values: number[] = [];
  for (const m of text.matchAll(DIGITS_AND_MULTIPLIER)) {
    const [, digits = '', multiplier] = m;
    const value = Number(digits.replace(/,/g, ''));
    values.push(value);
    if (multiplier) values.push(value * present(multiplierOf(multiplier), `the value of the multiplier ${multiplier}`));
  }
  for (const m of text.matchAll(NUMERAL_RUN)) append(values, chineseNumerals(m[0]));
  const stated = new Set<string>();
  for (const value of values) {
    stated.add(digitString(value));
    // "350 million", "10.78 billion", "22 thousand": the number English puts before a scale word.
    for (const scale of [1e3, 1e6, 1e9]) {
      const scaled = value / scale;
      if (scaled >= 1 && Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) stated.add(digitString(scaled));
    }
  }
  return stated;
}

/** A computed value as the digit string `digitNumbers` would read from the text. */
function digitString(value: number): string {
  return normaliseNumber(String(Math.round(value * 1e6) / 1e6));
}

const DIGITS_AND_MULTIPLIER = new RegExp(
  String.raw`(\d[\d,]*(?:\.\d+)?)\s*(${MULTIPLIERS.map(([word]) => word).join('|')})?`,
  'g',
);
const NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARACTERS}]+`, 'g');
const READ_DIGIT_BY_DIGIT = new RegExp(`^[${Object.keys(DIGIT_BY_DIGIT).join('')}]{2,}$`);

/**
 * The numbers in a run of Chinese numerals. A run of bare digits is read both
 * digit by digit (二〇三五 → 2035) and one by one; two digits in a row start
 * a new number (十四五 → 14, 5), as in the names of plan periods.
 */
export function chineseNumerals(run: string): number[] {
  const found: number[] = [];
  if (READ_DIGIT_BY_DIGIT.test(run)) found.push(Number([...run].map((c) => DIGIT_BY_DIGIT[c]).join('')));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastSmall = Infinity;
  let any = false;
  const flush = () => {
    if (any) found.push(total + section + (digit ?? 0));
    total = 0;
    section = 0;
    digit = undefined;
    lastSmall = Infinity;
    any = false;
  };
  for (const c of run) {
    const digitValue = NUMERAL_DIGITS[c];
    const unit = NUMERAL_SMALL_UNITS[c];
    if (digitValue !== undefined) {
      if (digit !== undefined) flush();
      digit = digitValue;
      any = true;
    } else if (unit !== undefined) {
      if (unit >= lastSmall) flush();
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastSmall = unit;
      any = true;
    } else {
      // 万 and 亿 multiply everything before them: 一百二十万 is 1,200,000; a bare 亿 is 100 million.
      const sectionUnit = present(NUMERAL_SECTION_UNITS[c], `a Chinese numeral character, not ${c} (in ${run})`);
      total = (total + section + (digit ?? (section === 0 && total === 0 ? 1 : 0))) * sectionUnit;
      section = 0;
      digit = undefined;
      lastSmall = Infinity;
      any = true;
    }
  }
  flush();
  return found;
}
