/**
 * What a typed query is searched as (design: src/lib/search/README.md, "Forgiving queries"): NFKC (full-width
 * ２．３％ is 2.3%), words separated by spaces as terms a page must all contain, and each term as the set of its
 * equivalent spellings, each searched exactly: an amount in every money unit (3.84亿元 = 38400万元), a percentage
 * in Chinese numerals also in digits (百分之二点三 = 2.3%), a figure in English form also without its separators
 * on a Chinese page (1,063 = 1063), a bare number on an English page also with them. Traditional characters are
 * converted elsewhere (src/islands/search/simplify.ts), only when a term finds nothing.
 */
import type { Locale } from '../../site/locale.ts';
import { DIGIT_BY_DIGIT, MONEY_UNITS, NUMERAL_CHARACTERS } from '../../text/quantities.ts';
import { chineseNumerals } from '../../translation/numerals.ts';
import { numberForms } from './rank.ts';
import { normaliseQuery } from './tokens.ts';

/** Longer queries are refused with a message: no passage worth finding is typed at that length. */
export const MAX_QUERY_CHARACTERS = 200;

export interface QueryTerm {
  /** The term as typed (after NFKC). */
  text: string;
  /** Its spellings, the term first; a page holds the term when it holds any of them literally. */
  forms: string[];
}

export interface QueryPlan {
  /** The query as searched: NFKC, one space between terms, quotes kept. */
  text: string;
  /** NFKC changed what was typed (full-width digits, letters or signs). */
  halfWidth: boolean;
  /** A quoted phrase ("…"): one exact term, spaces included, no other spellings. */
  phrase: boolean;
  terms: QueryTerm[];
}

export type QueryProblem = 'empty' | 'tooLong' | 'punctuationOnly';

export type PlannedQuery = { plan: QueryPlan } | { problem: QueryProblem };

export function planQuery(typed: string, language: Locale): PlannedQuery {
  const plain = normaliseQuery(typed);
  if (!plain) return { problem: 'empty' };
  if ([...plain].length > MAX_QUERY_CHARACTERS) return { problem: 'tooLong' };
  const text = normaliseQuery(plain.normalize('NFKC'));
  if (/^[\p{P}\p{Z}]+$/u.test(text)) return { problem: 'punctuationOnly' };
  const halfWidth = text !== plain;
  const quoted = /^"(.*[^\s"].*)"$/.exec(text);
  if (quoted) {
    const inner = normaliseQuery(quoted[1] ?? '');
    return { plan: { text, halfWidth, phrase: true, terms: [{ text: inner, forms: [inner] }] } };
  }
  const words = [...new Set(text.split(' '))];
  return { plan: { text, halfWidth, phrase: false, terms: words.map((word) => termOf(word, language)) } };
}

/** A term with its spellings. */
export function termOf(text: string, language: Locale): QueryTerm {
  const spellings =
    language === 'en'
      ? numberForms(text)
      : [text, ...withoutSeparators(text), ...amountForms(text), ...percentFromNumerals(text)];
  return { text, forms: [...new Set(spellings)] };
}

/** A figure written the English way on a Chinese page: 1,063 is 1063 there. */
function withoutSeparators(text: string): string[] {
  return /\d,\d{3}(?!\d)/.test(text) ? [text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')] : [];
}

/** Money units longest first (亿人民币 before 人民币-less 元), so 38400万元 reads as 38400 and 万元. */
const MONEY_UNIT_WORDS = Object.keys(MONEY_UNITS).sort((a, b) => b.length - a.length);
const AMOUNT = new RegExp(String.raw`^(.*?)(\d+(?:\.\d+)?)(${MONEY_UNIT_WORDS.join('|')})(.*)$`);
/** Spellings with more decimals than this are not how an amount is written (0.0000384亿元). */
const MAX_DECIMALS = 4;
const MAX_INTEGER_DIGITS = 13;

/**
 * An amount of money in each of the units of its kind (元 or 人民币) that writes it with a few decimals:
 * 3.84亿元 is also 38400万元 and 384000000元. Decimal shifts, not floating point, so 0.1 stays 0.1.
 */
export function amountForms(text: string): string[] {
  const match = AMOUNT.exec(text);
  if (!match) return [];
  const [, before = '', number = '', unit = '', after = ''] = match;
  const value = MONEY_UNITS[unit];
  if (value === undefined) return [];
  const kind = unit.endsWith('元') ? '元' : '人民币';
  return MONEY_UNIT_WORDS.filter((other) => other.endsWith(kind)).flatMap((other) => {
    const factor = MONEY_UNITS[other];
    if (factor === undefined || other === unit) return [];
    const shifted = shiftDecimal(number, Math.round(Math.log10(value / factor)));
    return shifted === undefined ? [] : [`${before}${shifted}${other}${after}`];
  });
}

/** A decimal number times 10^places, written as Chinese texts write numbers: no trailing zeros, no exponent. */
export function shiftDecimal(number: string, places: number): string | undefined {
  const [whole = '', fraction = ''] = number.split('.');
  const digits = whole + fraction;
  const point = whole.length + places;
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const decimals = padded.slice(at).replace(/0+$/, '');
  if (decimals.length > MAX_DECIMALS || integer.length > MAX_INTEGER_DIGITS) return undefined;
  return decimals ? `${integer}.${decimals}` : integer;
}

const PERCENT_IN_NUMERALS = new RegExp(
  `百分之([${NUMERAL_CHARACTERS}]+)(?:点([${Object.keys(DIGIT_BY_DIGIT).join('')}]+))?`,
  'g',
);

/**
 * A percentage in Chinese numerals also in digits: 百分之二点三 is 2.3%. The whole part is read by the project's
 * own reader of Chinese numerals (src/lib/translation/numerals.ts, on the one vocabulary in quantities.ts) rather
 * than a library, so numerals are read one way everywhere; a run it reads more than one way (二三) is left alone.
 */
export function percentFromNumerals(text: string): string[] {
  let readable = true;
  const digits = text.replace(PERCENT_IN_NUMERALS, (written, whole: string, fraction: string | undefined) => {
    const readings = chineseNumerals(whole);
    if (readings.length !== 1) {
      readable = false;
      return written;
    }
    const decimals = fraction ? `.${[...fraction].map((c) => DIGIT_BY_DIGIT[c]).join('')}` : '';
    return `${readings[0]}${decimals}%`;
  });
  return readable && digits !== text ? [digits] : [];
}

/** A term in the other language's script: Latin letters or an English-style figure on a Chinese page, Han on an English one. */
export function inOtherScript(text: string, language: Locale): boolean {
  return language === 'zh' ? /\p{Script=Latin}|\d,\d{3}(?!\d)/u.test(text) : /\p{Script=Han}/u.test(text);
}

/** Whether a term could be written in traditional characters: it has a Han character. */
export const mayBeTraditional = (text: string) => /\p{Script=Han}/u.test(text);
