import type { ObservationData } from './records.ts';

/** Qualifiers that make a value a bound or an estimate (超过100家, 近10%), and how English says them. */
export const BOUNDS: Record<string, string> = { 超过: 'over', 余: 'over', 以上: 'at least', 近: 'nearly', 约: 'about', 左右: 'about', 以下: 'at most' };

export const boundOf = (o: Pick<ObservationData, 'qualifier'>) => o.qualifier.find((q) => q in BOUNDS);
const isBounded = (o: Pick<ObservationData, 'qualifier'>) => boundOf(o) !== undefined;

/** Of several values for one thing, the one to show: stated exactly rather than as a bound, then the most recently published. */
export function preferred(a: ObservationData, b: ObservationData): number {
  return Number(isBounded(a)) - Number(isBounded(b)) || b.published.localeCompare(a.published) || a.page.localeCompare(b.page);
}
