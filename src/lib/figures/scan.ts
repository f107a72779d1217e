import { present } from '../assert.ts';
import {
  COUNT_WORDS,
  DIGIT_MULTIPLIER_CHARACTERS,
  INSIDE_BOUND_WORDS,
  MEASURE_UNITS,
  TRAILING_BOUND_WORDS,
} from '../text/quantities.ts';
import { protectedZones, zoneTest } from './zones.ts';

/** A number with its unit, as found in the text; offsets are UTF-16 indices into the text. */
export interface NumberMatch {
  start: number;
  end: number;
  raw: string;
  value: number;
  /** Upper end of a range written `5至10年`. */
  high?: number;
  unit: string;
  /** Approximation and bound words attached to the number: 余, 多, 以上, 左右, 前. */
  attached: string[];
}

/** A date or year: not a figure, but it sets the period of the figures near it. */
export interface TimeMatch {
  start: number;
  end: number;
  raw: string;
}

/**
 * Units and measure words, longest first. Multipliers (万, 亿, 千) are read
 * separately and become part of the unit (亿元, 万吨).
 */
const UNITS: string[] = [...MEASURE_UNITS, ...COUNT_WORDS].sort((a, b) => b.length - a.length);

/** 人 is a measure word, but not in 人口, 人民, 人才, 人员 (100万人口 is 100万 of population). */
const UNIT_PATTERN = (unit: string) => (unit === '人' ? '人(?![口民才员])' : escape(unit));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * What may follow the digits: a range end (5至10年), an approximation (30余家, 20多名), a multiplier
 * (3.5亿元), another approximation (1亿多元, 1500余万元), the unit, and a trailing bound (5%以上, 6倍多).
 */
const INSIDE = INSIDE_BOUND_WORDS.join('|');
const TAIL = new RegExp(
  `^(?<all>(?:(?:至|到|—|－|~|～)(?<high>\\d+(?:\\.\\d+)?))?(?<approx>${INSIDE})?(?<multiplier>[${DIGIT_MULTIPLIER_CHARACTERS}]+)?(?<approx2>${INSIDE})?` +
    `(?<unit>${UNITS.map(UNIT_PATTERN).join('|')})?(?<bound>${TRAILING_BOUND_WORDS.join('|')})?)`,
  'u',
);

/** Words after a number that make it a name, not a quantity: 5级 (grade), 5系 (alloy series), 500强. */
const NAME_WORDS = /^(?:级|系|强|号线|型|代|周年)/u;

const STARTS_WITH_MULTIPLIER = new RegExp(`^[${DIGIT_MULTIPLIER_CHARACTERS}]`, 'u');

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu;

/**
 * Find every number in `text` and sort it into figures and time expressions; names and labels are dropped.
 * `cutAtEnd`: the text was cut off by the extraction, so a number at its very end lost its unit.
 */
export function scanNumbers(text: string, cutAtEnd = false): { figures: NumberMatch[]; times: TimeMatch[] } {
  const inZone = zoneTest(protectedZones(text));
  const figures: NumberMatch[] = [];
  const times: TimeMatch[] = [];
  let skipUntil = -1;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start < skipUntil) continue;
    const digits = match[0];
    let end = start + digits.length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    // Part of a code or model name: 5G, 3D, G75, PM2.5, 1:1, 1+2+3+N.
    if (
      /[A-Za-z.]/.test(before) ||
      /[A-Za-z]/.test(after) ||
      after === ':' ||
      before === ':' ||
      after === '+' ||
      before === '+'
    )
      continue;
    if (inZone(start)) continue;
    if (before === '第') continue; // ordinal: 第5批

    const value = Number(digits.replace(/,/g, ''));
    const rest = text.slice(end);

    // Years and dates set periods; they are not figures.
    const year = /^年/.test(rest) && /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100;
    const yearRange = /^\d{4}$/.test(digits) ? /^[—―–-]\d{4}年?/u.exec(rest) : null;
    if (year || yearRange) {
      const length = yearRange ? yearRange[0].length : 1;
      times.push({ start, end: end + length, raw: text.slice(start, end + length) });
      skipUntil = end + length;
      continue;
    }
    if (/^[月日号]/.test(rest)) {
      times.push({ start, end: end + 1, raw: text.slice(start, end + 1) });
      continue;
    }
    // A four-digit year used in a name: 2019中国建材与家居行业科学技术奖, 2023中新国际数字合作论坛.
    if (/^\d{4}$/.test(digits) && value >= 1900 && value <= 2100 && !unitAt(rest) && !STARTS_WITH_MULTIPLIER.test(rest))
      continue;
    if (NAME_WORDS.test(rest)) continue;

    const {
      all = '',
      unit = '',
      multiplier = '',
      approx,
      approx2,
      bound,
      high,
    } = present(TAIL.exec(rest)?.groups, 'a match of TAIL, all of whose parts are optional');
    // Without a unit or multiplier, a number in running text is a label or code, not a figure,
    // unless the text was cut off right after it.
    if (!unit && !multiplier && !(cutAtEnd && end === text.length)) continue;
    end += all.length;
    const attached = [approx, approx2, bound].filter((w): w is string => Boolean(w));
    if (before === '前' && unit === '位') attached.unshift('前');
    figures.push({
      start,
      end,
      raw: text.slice(start, end),
      value,
      unit: `${multiplier}${unit}`,
      attached,
      ...(high !== undefined ? { high: Number(high) } : {}),
    });
    skipUntil = end;
  }
  return { figures, times };
}

function unitAt(text: string): string {
  return UNITS.find((unit) => text.startsWith(unit)) ?? '';
}
