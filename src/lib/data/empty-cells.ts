import { LEVEL_KINDS } from './analysis.ts';
import type { ObservationData } from './records.ts';

/** Why a comparison has no level for an indicator in a district. */
export type EmptyCellReason = 'only-changes' | 'not-reported';

/**
 * An empty comparison cell says why it is empty: the texts report only how the
 * indicator changed there (an increase, a growth rate, a target), or nothing at all.
 */
export function emptyCellReason(
  observations: readonly ObservationData[],
  indicator: string,
  district: string,
): EmptyCellReason {
  const reported = observations.some(
    (o) => o.indicator === indicator && o.district === district && !LEVEL_KINDS.has(o.kind),
  );
  return reported ? 'only-changes' : 'not-reported';
}
