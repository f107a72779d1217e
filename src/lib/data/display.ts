import { COMPARISON_SIGN_CLASS, LEADING_BOUND_WORDS } from '../text/quantities.ts';

const STARTS_WITH_SIGN = new RegExp(`^${COMPARISON_SIGN_CLASS}`, 'u');

/**
 * A figure as a reader should see it out of its sentence: 超过100家, ＞10%, 3.5亿元.
 * Table cells carry no unit of their own (98), so the row's unit is added.
 */
export function figureText(raw: string, unit: string, qualifier: readonly string[]): string {
  const withUnit = unit && !raw.includes(unit) ? `${raw}${unit}` : raw;
  // Words that bound a figure from before it belong in front of it when it is shown alone.
  const bound = qualifier.find((q) => LEADING_BOUND_WORDS.has(q));
  return bound && !STARTS_WITH_SIGN.test(raw) ? `${bound}${withUnit}` : withUnit;
}
