/**
 * Array helpers for arrays of any length. `target.push(...items)` and `Math.max(...values)` pass every item as
 * an argument, which overflows the call stack at about 125,000 items (the words of one long paragraph, say).
 */

/** Appends every item to `target`, like `target.push(...items)`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, like `Math.max(...values)` (-Infinity when there are none). */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const value of values) max = Math.max(max, value);
  return max;
}

/** The smallest value, like `Math.min(...values)` (Infinity when there are none). */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const value of values) min = Math.min(min, value);
  return min;
}
