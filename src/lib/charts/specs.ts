import { comparison, LEVEL_KINDS, periodPosition } from '../data/analysis.ts';
import { yearOf, type TrackerRow } from '../data/tracker.ts';
import { present } from '../assert.ts';
import { preferred } from '../data/bounds.ts';
import { figureUrl, type ObservationData } from '../data/records.ts';
import type { Indicator } from '../indicators/registry.ts';
import { formatPeriod } from '../site/dates.ts';
import type { Locale } from '../site/locale.ts';
import type { ObservationStatus } from '../schemas/vocabulary.ts';
import { chartLabel, observationText } from './values.ts';

/**
 * What a chart shows, built at build time from the indicator observations. One
 * spec feeds both the HTML table beside the chart and the chart itself (as
 * JSON in the page), so the two cannot disagree. Every row links to the
 * figure its number comes from (the figure's own anchor).
 */
export type ChartType = 'trend' | 'comparison' | 'progress';
export type RowRole = 'reported' | 'target' | 'progress';

export interface ChartRow {
  /** What the row is about, in the page language: a period (trend), a district (comparison), an indicator (progress). */
  category: string;
  /** Horizontal position of a trend point: the end of its period, a year standing for its end (2021 → 2021; Jan–Sep 2023 → 2022.75). */
  x: number;
  /** The number drawn, in the chart's unit. */
  value: number;
  role: RowRole;
  /** The number in words, with its unit, as the table shows it. */
  text: string;
  /** The number as the chart labels it, in the chart's unit (the axis says which): 123, 超过140 / over 140, 2.3%. */
  label: string;
  /** Period, or for progress the path from baseline to target. */
  note: string;
  /** The figure the value was read from, site-relative (`reports/x/#fig-p3-1`). */
  source: string;
  /** Matched automatically and not yet reviewed: the table, the label and the CSV say so. */
  proposed: boolean;
}

export interface ChartSpec {
  id: string;
  type: ChartType;
  title: string;
  /** The unit of `value`, in the page language. */
  unit: string;
  rows: ChartRow[];
  /** The chart in one sentence written from its data, for screen readers (the canvas's aria-label). */
  summary: string;
  /** What a reader must know before comparing the bars (different periods), if anything. */
  caveat?: string;
}

/** Words a chart needs in the page language. */
export interface ChartWords {
  language: Locale;
  target: string;
  periodsDiffer: string;
  /** Appended to the label and the summary of a value matched automatically and not yet reviewed. */
  proposedMark: string;
  districtName: (district: string) => string;
  /** A district's ASCII id, the same in every language (綦江 → qijiang). */
  districtId: (district: string) => string;
  /** Progress of a plan indicator: from its baseline to its target, with the latest value and its period. */
  progressNote: (baseline: string, latest: string, latestPeriod: string, target: string) => string;
}

/** An ASCII id from an English name (Qijiang → qijiang). */
export const asciiId = (englishName: string) =>
  englishName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** An observation whose value converts to its indicator's unit. */
type InIndicatorUnit = ObservationData & { value_in_indicator_unit: number };

/** A chart label, marked when its value was matched automatically and not yet reviewed. */
const marked = (label: string, o: ObservationData, words: ChartWords) =>
  o.status === 'proposed' ? `${label}${words.proposedMark}` : label;

/** One row in the one-sentence summary of a comparison or progress chart. */
const summaryPart = (words: ChartWords) => (r: ChartRow) => {
  const mark = r.proposed ? words.proposedMark : '';
  return words.language === 'zh'
    ? `${r.category}${r.text}${mark}（${r.note}）`
    : `${r.category} ${r.text}${mark} (${r.note})`;
};

function listSentence(words: ChartWords, title: string, parts: string[]): string {
  return words.language === 'zh' ? `${title}：${parts.join('，')}` : `${title}: ${parts.join('; ')}`;
}

/**
 * The levels of one indicator in one district over time, one per period (a
 * value stated exactly preferred to a bound such as 超过100家, then the most
 * recently published), and its targets as separate points. Only values that
 * convert to the indicator's unit and are measured as it defines them.
 * Undefined when there is only one period: nothing to draw a trend from.
 */
export function trendChart(
  observations: readonly ObservationData[],
  indicator: Indicator,
  district: string,
  words: ChartWords,
): ChartSpec | undefined {
  const own = observations.filter(
    (o): o is InIndicatorUnit =>
      o.indicator === indicator.id && o.district === district && o.value_in_indicator_unit !== null && !o.definition,
  );
  const pick = (list: [InIndicatorUnit, ...InIndicatorUnit[]]) => list.sort(preferred)[0];
  const byPeriod = (list: InIndicatorUnit[]) => {
    const periods = new Map<string, [InIndicatorUnit, ...InIndicatorUnit[]]>();
    for (const o of list) {
      const same = periods.get(o.period);
      if (same) same.push(o);
      else periods.set(o.period, [o]);
    }
    return [...periods.values()].map(pick);
  };
  const levels = byPeriod(own.filter((o) => LEVEL_KINDS.has(o.kind)));
  const targets = byPeriod(own.filter((o) => o.kind === 'target'));
  const points = [
    ...levels.map((o) => ({ o, role: 'reported' as const })),
    ...targets.map((o) => ({ o, role: 'target' as const })),
  ].sort((a, b) => periodPosition(a.o.period) - periodPosition(b.o.period) || a.role.localeCompare(b.role));
  if (new Set(points.map((p) => p.o.period)).size < 2) return undefined;
  const name = words.language === 'en' ? indicator.nameEn : indicator.name;
  const rows: ChartRow[] = points.map(({ o, role }) => {
    const value = o.value_in_indicator_unit;
    const period = formatPeriod(o.period, words.language);
    const text = observationText(o, indicator, words.language);
    return {
      category: period,
      x: periodPosition(o.period),
      value,
      role,
      text,
      label: marked(chartLabel(o, indicator, words.language), o, words),
      note: role === 'target' ? `${period} ${words.target}` : period,
      source: figureUrl(o),
      proposed: o.status === 'proposed',
    };
  });
  const parts = rows.map((r) =>
    words.language === 'zh'
      ? `${r.category}${r.role === 'target' ? words.target : ''}${r.text}${r.proposed ? words.proposedMark : ''}`
      : `${r.role === 'target' ? `${words.target} ` : ''}${r.text}${r.proposed ? words.proposedMark : ''} (${r.category})`,
  );
  const districtName = words.districtName(district);
  const title = words.language === 'zh' ? `${districtName} ${name}` : `${name}, ${districtName}`;
  return {
    id: `trend-${indicator.id}-${words.districtId(district)}`,
    type: 'trend',
    title,
    unit: words.language === 'en' ? indicator.unitEn : indicator.unit,
    rows,
    summary: listSentence(words, title, parts),
  };
}

/**
 * The latest level of one indicator in each district, when at least two
 * districts report it in the indicator's unit and definition. Bars of
 * different periods are allowed, each labelled with its period, and the chart
 * then says so (`caveat`).
 */
export function comparisonChart(
  observations: readonly ObservationData[],
  indicator: Indicator,
  districts: readonly string[],
  words: ChartWords,
): ChartSpec | undefined {
  const row = comparison(
    observations.filter((o) => o.indicator === indicator.id),
    districts,
  ).get(indicator.id);
  if (!row) return undefined;
  const cells = [...row.entries()].filter(
    ([, cell]) => !cell.flags.includes('definition') && !cell.flags.includes('unit'),
  );
  if (cells.length < 2) return undefined;
  const name = words.language === 'en' ? indicator.nameEn : indicator.name;
  const rows: ChartRow[] = cells.map(([district, { observation: o }], i) => ({
    category: words.districtName(district),
    x: i,
    // Cells flagged 'unit' (no value in the indicator's unit) were left out above.
    value: present(o.value_in_indicator_unit, `${indicator.id} in ${district} in ${indicator.unit}`),
    role: 'reported',
    text: observationText(o, indicator, words.language),
    label: marked(chartLabel(o, indicator, words.language), o, words),
    note: formatPeriod(o.period, words.language),
    source: figureUrl(o),
    proposed: o.status === 'proposed',
  }));
  const periods = new Set(cells.map(([, c]) => c.observation.period));
  const parts = rows.map(summaryPart(words));
  const spec: ChartSpec = {
    id: `compare-${indicator.id}`,
    type: 'comparison',
    title: name,
    unit: words.language === 'en' ? indicator.unitEn : indicator.unit,
    rows,
    summary: listSentence(words, name, parts),
  };
  if (periods.size > 1) spec.caveat = words.periodsDiffer;
  return spec;
}

/**
 * A plan's indicators as progress from baseline (0%) to target (100%), by the
 * latest value reported since the baseline year. Indicators with no later
 * value are left out of the chart (the tracker table lists them).
 */
export function progressChart(
  id: string,
  title: string,
  rows: readonly TrackerRow[],
  indicators: readonly Indicator[],
  words: ChartWords,
): ChartSpec | undefined {
  const drawn: ChartRow[] = [];
  rows.forEach((row, i) => {
    if (row.progress === null || !row.baseline || !row.target || !row.latest) return;
    const indicator = present(
      indicators.find((x) => x.id === row.indicator),
      `indicator "${row.indicator}" among the indicators`,
    );
    const say = (o: ObservationData) => observationText(o, indicator, words.language);
    const percent = Math.round(row.progress * 100);
    // A share is never shown without the year it was reached by, so it cannot be read as the value itself.
    const year = formatPeriod(String(yearOf(row.latest)), words.language);
    const share = words.language === 'zh' ? `${percent}%（${year}）` : `${percent}% (${year})`;
    drawn.push({
      category: words.language === 'en' ? indicator.nameEn : indicator.name,
      x: i,
      value: percent,
      role: 'progress',
      text: share,
      label: share,
      note: words.progressNote(
        say(row.baseline),
        say(row.latest),
        formatPeriod(row.latest.period, words.language),
        say(row.target),
      ),
      source: figureUrl(row.latest),
      proposed: [row.baseline, row.latest, row.target].some((o) => o.status === 'proposed'),
    });
  });
  if (drawn.length === 0) return undefined;
  for (const row of drawn) if (row.proposed) row.label += words.proposedMark;
  const parts = drawn.map(summaryPart(words));
  return { id, type: 'progress', title, unit: '%', rows: drawn, summary: listSentence(words, title, parts) };
}

/** One row of a chart's CSV: the chart's data in both languages, with the figure it comes from. */
export interface ChartCsvRow {
  chart: string;
  category_zh: string;
  category_en: string;
  role: RowRole;
  value: number;
  unit_zh: string;
  unit_en: string;
  text_zh: string;
  text_en: string;
  note_zh: string;
  note_en: string;
  source: string;
  /** reviewed, or proposed: matched automatically and not yet reviewed. */
  status: ObservationStatus;
}

export const chartCsvColumns = [
  'chart',
  'category_zh',
  'category_en',
  'role',
  'value',
  'unit_zh',
  'unit_en',
  'text_zh',
  'text_en',
  'note_zh',
  'note_en',
  'source',
  'status',
] as const;

/** The same chart built in each language, row by row (the rows come from the same observations in the same order). */
export function chartCsvRows(zh: ChartSpec, en: ChartSpec, sourceUrl: (path: string) => string): ChartCsvRow[] {
  if (zh.id !== en.id || zh.rows.length !== en.rows.length)
    throw new Error(`chart ${zh.id}: the Chinese and English versions differ`);
  return zh.rows.map((row, i) => {
    const other = present(en.rows[i], `chart ${zh.id}: row ${i + 1} in English`);
    if (other.value !== row.value || other.source !== row.source)
      throw new Error(`chart ${zh.id}, row ${i + 1}: the Chinese and English versions differ`);
    return {
      chart: zh.id,
      category_zh: row.category,
      category_en: other.category,
      role: row.role,
      value: row.value,
      unit_zh: zh.unit,
      unit_en: en.unit,
      text_zh: row.text,
      text_en: other.text,
      note_zh: row.note,
      note_en: other.note,
      source: sourceUrl(row.source),
      status: row.proposed ? 'proposed' : 'reviewed',
    };
  });
}
