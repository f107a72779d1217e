import { COMPARISON_SIGN_CLASS, LEADING_BOUND_WORDS } from '../text/quantities.ts';

const STARTS_WITH_SIGN = new RegExp(`^${COMPARISON_SIGN_CLASS}`, 'u');
/** A table cell's number, with its sign if any (98, ≥6.1): the one kind of figure written without its unit. */
const BARE_NUMBER = new RegExp(`^${COMPARISON_SIGN_CLASS}?[0-9.,]+$`, 'u');

/**
 * A figure as a reader should see it out of its sentence: 超过100家, ＞10%, 3.5亿元.
 * Table cells carry no unit of their own (98), so the row's unit is added.
 */
export function figureText(raw: string, unit: string, qualifier: readonly string[]): string {
  // Not `raw.includes(unit)`: 1亿多元 carries its unit 亿元 with 多 inside it.
  const withUnit = unit && BARE_NUMBER.test(raw) ? `${raw}${unit}` : raw;
  // Words that bound a figure from before it belong in front of it when it is shown alone.
  const bound = qualifier.find((q) => LEADING_BOUND_WORDS.has(q));
  return bound && !STARTS_WITH_SIGN.test(raw) ? `${bound}${withUnit}` : withUnit;
}
