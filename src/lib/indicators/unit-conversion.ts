/**
 * Values compare only in the indicator's unit. Money converts by its multiplier
 * (2268万元 = 0.2268亿元); the convertible count words are all counts (54家 and
 * 54个 platforms; see src/lib/text/quantities.ts for which); anything else must
 * match exactly.
 */
import { CONVERTIBLE_COUNT_WORDS, MONEY_UNITS } from '../text/quantities.ts';

/** `value` (in `unit`) expressed in `target`, or undefined when the units do not convert. */
export function convert(value: number, unit: string, target: string): number | undefined {
  if (unit === target) return value;
  const [fromMultiplier, toMultiplier] = [MONEY_UNITS[unit], MONEY_UNITS[target]];
  if (fromMultiplier !== undefined && toMultiplier !== undefined) return round((value * fromMultiplier) / toMultiplier);
  if (CONVERTIBLE_COUNT_WORDS.has(unit) && CONVERTIBLE_COUNT_WORDS.has(target)) return value;
  return undefined;
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}
