/** Words that bound a figure from before it: they belong in front of it when it is shown alone. */
const LEADING_BOUNDS: Record<string, string> = { 超过: '超过', 近: '近', 约: '约' };

/**
 * A figure as a reader should see it out of its sentence: 超过100家, ＞10%, 3.5亿元.
 * Table cells carry no unit of their own (98), so the row's unit is added.
 */
export function figureText(raw: string, unit: string, qualifier: readonly string[]): string {
  const withUnit = unit && !raw.includes(unit) ? `${raw}${unit}` : raw;
  const bound = qualifier.map((q) => LEADING_BOUNDS[q]).find(Boolean);
  return bound && !/^[＞>≥≤<＜]/u.test(raw) ? `${bound}${withUnit}` : withUnit;
}
