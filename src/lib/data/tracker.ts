import { maxOf, minOf } from '../arrays.ts';
import { periodEnd, periodPosition } from './analysis.ts';
import type { ObservationData } from './records.ts';

/**
 * A plan's indicators against its targets, as of a date. The rule, written on the tracker page in both languages:
 *
 * - A plan is in force until the end of its last year (2025-12-31 for 2021–2025), then ended.
 * - In force: when the latest value already meets the target (its bound and direction respected: ≥, ＞, ≤, or
 *   towards a target lower than its baseline), the row is met early; otherwise the latest value is compared with
 *   a straight line from the baseline in the baseline year to the target in the target year: on track when at or
 *   beyond the line, behind when short of it.
 * - Ended: the last value for the target year or later decides: met or not met. With none, the row cannot be
 *   judged, and says the year of the latest value these texts give.
 */
export type Verdict = 'met' | 'met-early' | 'on-track' | 'behind' | 'not-met' | 'cannot-be-judged';

/** Why a row cannot be judged. */
export type Unjudged =
  /** The plan has ended and no value is for its target year or later: the latest one is for `latestYear`. */
  | { why: 'latest-before-end'; latestYear: number }
  /** No value after the baseline in these texts. */
  | { why: 'no-later-value' }
  /** The baseline, target or latest value is not in the indicator's unit (or there is no baseline or target). */
  | { why: 'not-comparable' };

/** How a target bounds the value: at least (≥), more than (＞), at most (≤), less than (＜). */
export type TargetBound = 'at-least' | 'more-than' | 'at-most' | 'less-than';

export interface TrackerRow {
  indicator: string;
  baseline?: ObservationData;
  target?: ObservationData;
  /** Every value reported for the district after the baseline year, oldest first. */
  actuals: ObservationData[];
  latest?: ObservationData;
  /** Share of the way from baseline to target covered by the latest value, and the year of that value. */
  progress: number | null;
  progressYear?: number;
  /** The bound the target states (≥6.1, ＞10), or the one its direction implies (a target above the baseline is a floor). */
  bound?: TargetBound;
  verdict: Verdict;
  unjudged?: Unjudged;
}

/** A tracker row with progress to show: it has a target and a later value. */
export type MeasuredRow = TrackerRow & {
  target: ObservationData;
  latest: ObservationData;
  progress: number;
  progressYear: number;
};

export function isMeasured(row: TrackerRow): row is MeasuredRow {
  return row.progress !== null && row.target !== undefined && row.latest !== undefined;
}

/** A plan's period in whole years, and whether it is in force on the as-of date. */
export interface PlanStatus {
  from: number;
  to: number;
  state: 'in-force' | 'ended';
  /** The last day of the plan: `2025-12-31`. */
  endDate: string;
}

/** The year an observation is for: the end of its period (2023-01/2023-09 → 2023). */
export const yearOf = (o: Pick<ObservationData, 'period'>) => Number(periodEnd(o.period).slice(0, 4));

/**
 * The plan's years: its metadata's period (2021–2025) when it gives one, else from its table: the year after the
 * baseline to the last target year (2025年（基期） / 2030年 → 2026–2030).
 */
export function planStatus(
  period: string | undefined,
  planned: readonly ObservationData[],
  asOf: string,
): PlanStatus | undefined {
  const stated = period ? /(\d{4})\D+(\d{4})/u.exec(period) : null;
  const baselines = planned.filter((o) => o.kind === 'baseline').map(yearOf);
  const targets = planned.filter((o) => o.kind === 'target').map(yearOf);
  const from = stated ? Number(stated[1]) : baselines.length > 0 ? minOf(baselines) + 1 : undefined;
  const to = stated ? Number(stated[2]) : targets.length > 0 ? maxOf(targets) : undefined;
  if (from === undefined || to === undefined) return undefined;
  const endDate = `${to}-12-31`;
  return { from, to, endDate, state: asOf > endDate ? 'ended' : 'in-force' };
}

/** The bound a target states with its sign or word, else the one its direction from the baseline implies. */
export function targetBound(target: Pick<ObservationData, 'qualifier'>, baseline?: number, goal?: number): TargetBound {
  if (target.qualifier.includes('超过')) return 'more-than';
  if (target.qualifier.some((q) => q === '不低于' || q === '以上')) return 'at-least';
  if (target.qualifier.includes('低于')) return 'less-than';
  if (target.qualifier.some((q) => q === '不高于' || q === '以下')) return 'at-most';
  return baseline !== undefined && goal !== undefined && goal < baseline ? 'at-most' : 'at-least';
}

export function meets(value: number, goal: number, bound: TargetBound): boolean {
  switch (bound) {
    case 'at-least':
      return value >= goal;
    case 'more-than':
      return value > goal;
    case 'at-most':
      return value <= goal;
    case 'less-than':
      return value < goal;
  }
}

/**
 * The rows of one plan: each indicator its table gives a baseline for, with its target (from the same table row),
 * every later value reported for the district, and a verdict for the plan's state (in force or ended).
 */
export function tracker(
  observations: readonly ObservationData[],
  district: string,
  source: string,
  status: Pick<PlanStatus, 'state'>,
): TrackerRow[] {
  const planned = observations.filter((o) => o.source === source && (o.kind === 'baseline' || o.kind === 'target'));
  // The plan's indicator table sets baselines: its rows are what the plan tracks.
  const indicators = [...new Set(planned.filter((o) => o.kind === 'baseline').map((o) => o.indicator))];
  return indicators.map((indicator) => {
    const baseline = planned.find((o) => o.indicator === indicator && o.kind === 'baseline');
    // The target in the baseline's own table row, rather than one restated in the text.
    const tableRow = /#(table\d+-r\d+)-/u.exec(baseline?.page ?? '')?.[1];
    const target =
      planned.find(
        (o) =>
          o.indicator === indicator &&
          o.kind === 'target' &&
          tableRow !== undefined &&
          o.page.includes(`#${tableRow}-`),
      ) ?? planned.find((o) => o.indicator === indicator && o.kind === 'target');
    const baseYear = baseline ? yearOf(baseline) : undefined;
    const actuals = observations
      .filter(
        (o) =>
          o.indicator === indicator &&
          o.district === district &&
          (o.kind === 'actual' || o.kind === 'cumulative') &&
          !o.definition,
      )
      .filter((o) => baseYear === undefined || yearOf(o) > baseYear)
      .sort((a, b) => periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.published.localeCompare(b.published));
    const latest = actuals.at(-1);
    const row: TrackerRow = { indicator, actuals, progress: null, verdict: 'cannot-be-judged' };
    if (baseline) row.baseline = baseline;
    if (target) row.target = target;
    if (latest) row.latest = latest;
    const b = baseline?.value_in_indicator_unit;
    const t = target?.value_in_indicator_unit;
    if (!target || baseYear === undefined || b == null || t == null) {
      row.unjudged = latest ? { why: 'not-comparable' } : { why: 'no-later-value' };
      return row;
    }
    const bound = targetBound(target, b, t);
    row.bound = bound;
    const l = latest?.value_in_indicator_unit;
    if (latest && l != null && t !== b) {
      row.progress = (l - b) / (t - b);
      row.progressYear = yearOf(latest);
    }
    const targetYear = yearOf(target);
    if (status.state === 'ended') {
      const decisive = actuals.filter((o) => yearOf(o) >= targetYear && o.value_in_indicator_unit !== null).at(-1);
      if (decisive) row.verdict = meets(decisive.value_in_indicator_unit ?? NaN, t, bound) ? 'met' : 'not-met';
      else row.unjudged = latest ? { why: 'latest-before-end', latestYear: yearOf(latest) } : { why: 'no-later-value' };
      return row;
    }
    if (!latest) {
      row.unjudged = { why: 'no-later-value' };
      return row;
    }
    if (l == null) {
      row.unjudged = { why: 'not-comparable' };
      return row;
    }
    if (meets(l, t, bound)) {
      row.verdict = 'met-early';
      return row;
    }
    // Where a straight line from the end of the baseline year to the end of the target year stands when the latest
    // value was measured: a value for September 2026 (2025.75, see periodPosition) is judged against the line then,
    // not at the end of 2026.
    const span = Math.max(1, targetYear - baseYear);
    const line = b + ((t - b) * (periodPosition(latest.period) - baseYear)) / span;
    const upwards = bound === 'at-least' || bound === 'more-than';
    row.verdict = (upwards ? l >= line : l <= line) ? 'on-track' : 'behind';
    return row;
  });
}

/** The as-of date of a build: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set, else today, in UTC. */
export function asOfDate(sourceDateEpoch: string | undefined, now: Date): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    const seconds = Number(sourceDateEpoch);
    if (!Number.isInteger(seconds) || seconds < 0)
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, not "${sourceDateEpoch}"`);
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}
