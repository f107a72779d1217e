import { CONVERTIBLE_COUNT_WORDS as COUNTS, MONEY_UNITS as MONEY } from '../text/quantities.ts';

/**
 * Values compare only in the indicator's unit. Money converts by its multiplier
 * (2268万元 = 0.2268亿元); measure words are all counts (54家 and 54个 platforms);
 * anything else must match exactly.
 */

/** `value` (in `unit`) expressed in `target`, or undefined when the units do not convert. */
export function convert(value: number, unit: string, target: string): number | undefined {
  if (unit === target) return value;
  if (unit in MONEY && target in MONEY) return round((value * MONEY[unit]!) / MONEY[target]!);
  if (COUNTS.has(unit) && COUNTS.has(target)) return value;
  return undefined;
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}
