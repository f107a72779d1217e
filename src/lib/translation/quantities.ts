/**
 * Figures as quantities that can be compared across languages: 3.5亿元 and
 * "350 million yuan" are both 350,000,000 of money; 5个百分点 is 5 percentage
 * points, never 5%. Used by the figure-parity check.
 */
import { present } from '../assert.ts';
import { MULTIPLIERS } from '../text/quantities.ts';

export type QuantityKind = 'percent' | 'points' | 'times' | 'money' | 'per-10k' | 'count';

export interface Quantity {
  value: number;
  high?: number;
  kind: QuantityKind;
}

/** The parts of an extracted Chinese figure the conversion needs (src/lib/figures). */
export interface ChineseFigure {
  value: number;
  high?: number;
  unit: string;
}

export function chineseQuantity(figure: ChineseFigure): Quantity {
  const { unit } = figure;
  const scaled = (factor: number): Quantity => ({
    value: round(figure.value * factor),
    ...(figure.high === undefined ? {} : { high: round(figure.high * factor) }),
    kind: /元|人民币/.test(unit) ? 'money' : 'count',
  });
  if (unit === '%') return plain(figure, 'percent');
  if (unit === '个百分点' || unit === '百分点') return plain(figure, 'points');
  if (unit === '倍') return plain(figure, 'times');
  if (/\/万/.test(unit) || unit.startsWith('每万')) return plain(figure, 'per-10k');
  for (const [prefix, factor] of MULTIPLIERS) if (unit.startsWith(prefix)) return scaled(factor);
  return scaled(1);
}

function plain(figure: ChineseFigure, kind: QuantityKind): Quantity {
  return { value: figure.value, ...(figure.high === undefined ? {} : { high: figure.high }), kind };
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^hundred[\s-]+million\b/, 1e8],
  [/^thousand\b/, 1e3],
  [/^million\b/, 1e6],
  [/^billion\b/, 1e9],
  [/^trillion\b/, 1e12],
];
const NUMBER = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/;
const WORD = new RegExp(`\\b(${Object.keys(WORD_NUMBERS).join('|')})\\b`, 'i');

/**
 * Read the quantity in an English figure such as "350 million yuan",
 * "RMB 22.68 million", "over 50%", "5 percentage points", "4.3 times",
 * "2.51 per 10,000 people" or "five to ten years". Returns undefined when the
 * text holds no number.
 */
export function englishQuantity(text: string): Quantity | undefined {
  const clean = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[–—]/g, '-')
    .toLowerCase();
  const first = readNumber(clean, 0);
  if (!first) return undefined;
  let rest = clean.slice(first.end);
  let high: number | undefined;
  const range = /^\s*(?:-|to|and)\s*/.exec(rest);
  if (range) {
    const second = readNumber(rest, range[0].length);
    if (second) {
      high = second.value;
      rest = rest.slice(second.end);
    }
  }
  let factor = 1;
  const scaleText = rest.replace(/^\s+/, '');
  for (const [pattern, value] of SCALES) {
    const m = pattern.exec(scaleText);
    if (m) {
      factor = value;
      rest = scaleText.slice(m[0].length);
      break;
    }
  }
  const kind = kindOf(clean, rest);
  const scale = (n: number) => round(n * factor);
  return { value: scale(first.value), ...(high === undefined ? {} : { high: scale(high) }), kind };
}

function readNumber(text: string, from: number): { value: number; end: number } | undefined {
  const slice = text.slice(from);
  const digits = NUMBER.exec(slice);
  const word = WORD.exec(slice);
  if (digits && (!word || digits.index <= word.index)) {
    const [matched, number = ''] = digits;
    return { value: Number(number.replace(/,/g, '')), end: from + digits.index + matched.length };
  }
  if (word) {
    const [matched, name = ''] = word;
    return {
      value: present(WORD_NUMBERS[name.toLowerCase()], `the value of the number word ${name}`),
      end: from + word.index + matched.length,
    };
  }
  return undefined;
}

function kindOf(whole: string, after: string): QuantityKind {
  if (/^\s*percentage points?\b/.test(after)) return 'points';
  if (/^\s*(%|percent\b|per cent\b)/.test(after)) return 'percent';
  if (/^\s*(times\b|-?fold\b|x\b)/.test(after)) return 'times';
  if (/per 10,?000\b|per ten thousand\b/.test(after)) return 'per-10k';
  if (/\b(yuan|rmb|cny)\b|¥/.test(whole)) return 'money';
  return 'count';
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.value === b.value && a.high === b.high;
}

export function describeQuantity(q: Quantity): string {
  const number = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 6 });
  const value = q.high === undefined ? number(q.value) : `${number(q.value)}–${number(q.high)}`;
  const suffix: Record<QuantityKind, string> = {
    percent: '%',
    points: ' percentage points',
    times: ' times',
    money: ' yuan',
    'per-10k': ' per 10,000',
    count: '',
  };
  return `${value}${suffix[q.kind]}`;
}
