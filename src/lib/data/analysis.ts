import type { ObservationKind } from '../schemas/vocabulary.ts';
import type { ObservationData } from './records.ts';

/**
 * The observation kinds that are levels (a stock at a time): these can be compared; increases, rates and
 * targets cannot be compared with them.
 */
export const LEVEL_KINDS: ReadonlySet<ObservationKind> = new Set<ObservationKind>(['actual', 'cumulative', 'baseline']);

/** Sort key for ISO periods: the end of the span (2016/2020 → 2020; 2023-01/2023-09 → 2023-09). */
export const periodEnd = (period: string) => period.slice(period.lastIndexOf('/') + 1);

/** The end of a period in years, a year standing for its end: 2021 → 2021; 2023-01/2023-09 → 2022.75, a quarter before the end of 2023. */
export function periodPosition(period: string): number {
  const [yearText, monthText] = periodEnd(period).split('-');
  const year = Number(yearText);
  const month = Number(monthText);
  return month ? year - 1 + month / 12 : year;
}

export interface ComparisonCell {
  observation: ObservationData;
  /** Why this cell must not be read against the others in its row. */
  flags: ('period' | 'definition' | 'unit')[];
}

/**
 * The latest level of each indicator in each district, preferring values measured
 * as the indicator defines them. A cell is flagged when its
 * period differs from the row's most common one, when its measure is defined
 * differently, or when its unit does not convert to the indicator's.
 */
export function comparison(
  observations: readonly ObservationData[],
  districts: readonly string[],
): Map<string, Map<string, ComparisonCell>> {
  const rows = new Map<string, Map<string, ComparisonCell>>();
  const byIndicator = Map.groupBy(
    observations.filter((o) => LEVEL_KINDS.has(o.kind) && o.kind !== 'baseline'),
    (o) => o.indicator,
  );
  for (const [indicator, list] of byIndicator) {
    const row = new Map<string, ComparisonCell>();
    for (const district of districts) {
      // The latest value measured as the indicator defines it; only without one, the latest measured otherwise.
      const newestFirst = list
        .filter((o) => o.district === district)
        .sort(
          (a, b) =>
            periodEnd(b.period).localeCompare(periodEnd(a.period)) ||
            reviewedFirst(a, b) ||
            b.published.localeCompare(a.published),
        );
      const latest = newestFirst.find((o) => !o.definition) ?? newestFirst[0];
      if (latest) row.set(district, { observation: latest, flags: [] });
    }
    const periods = [...row.values()].map((c) => c.observation.period.slice(0, 4));
    const common = mode(periods);
    for (const cell of row.values()) {
      if (row.size > 1 && cell.observation.period.slice(0, 4) !== common) cell.flags.push('period');
      if (cell.observation.definition) cell.flags.push('definition');
      if (cell.observation.value_in_indicator_unit === null) cell.flags.push('unit');
    }
    rows.set(indicator, row);
  }
  return rows;
}

export interface Discrepancy {
  indicator: string;
  district: string;
  period: string;
  observations: ObservationData[];
}

/** The same indicator, district and period reported as different levels: by different sources, or by one source twice. */
export function discrepancies(observations: readonly ObservationData[]): Discrepancy[] {
  const levels = observations.filter((o) => LEVEL_KINDS.has(o.kind) && !o.definition);
  const groups = Map.groupBy(levels, (o) => `${o.indicator}|${o.district}|${o.period.slice(0, 4)}`);
  const found: Discrepancy[] = [];
  for (const [key, list] of groups) {
    const values = new Set(list.map((o) => o.value_in_indicator_unit ?? `${o.value}${o.unit}`));
    if (values.size < 2) continue;
    const [indicator, district, period] = key.split('|') as [string, string, string];
    found.push({ indicator, district, period, observations: list });
  }
  return found.sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      a.district.localeCompare(b.district) ||
      a.period.localeCompare(b.period),
  );
}

/** Of two values for the same time, the one a person has checked comes first. */
const reviewedFirst = (a: ObservationData, b: ObservationData) =>
  Number(a.status === 'proposed') - Number(b.status === 'proposed');

function mode(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}
