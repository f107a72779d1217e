import { LEVEL_KINDS, periodEnd } from './analysis.ts';
import { preferred } from './bounds.ts';
import type { ObservationData } from './records.ts';

/**
 * The figures a district's card on the home page leads with: for each
 * indicator (in the registry's order), the latest level reported for the
 * district as the indicator defines it, up to `limit` indicators. Plan
 * baselines are left out: a card shows what was reported, not planned.
 */
export function keyFigures(
  observations: readonly ObservationData[],
  district: string,
  indicatorOrder: readonly string[],
  limit: number,
): ObservationData[] {
  const own = observations.filter(
    (o) =>
      o.district === district &&
      LEVEL_KINDS.has(o.kind) &&
      o.kind !== 'baseline' &&
      !o.definition &&
      o.value_in_indicator_unit !== null,
  );
  const picked: ObservationData[] = [];
  for (const indicator of indicatorOrder) {
    const latest = own
      .filter((o) => o.indicator === indicator)
      .sort((a, b) => periodEnd(b.period).localeCompare(periodEnd(a.period)) || preferred(a, b))[0];
    if (latest) picked.push(latest);
    if (picked.length === limit) break;
  }
  return picked;
}
