import { STATED_BOUNDS } from '../text/quantities.ts';
import type { ObservationData } from './records.ts';

/** The qualifier that makes a value a bound or an estimate (超过100家, 近10%), if any. */
export const boundOf = (o: Pick<ObservationData, 'qualifier'>) => o.qualifier.find((q) => q in STATED_BOUNDS);
const isBounded = (o: Pick<ObservationData, 'qualifier'>) => boundOf(o) !== undefined;

/** Of several values for one thing, the one to show: stated exactly rather than as a bound, then the most recently published. */
export function preferred(a: ObservationData, b: ObservationData): number {
  return (
    Number(isBounded(a)) - Number(isBounded(b)) ||
    b.published.localeCompare(a.published) ||
    a.page.localeCompare(b.page)
  );
}
