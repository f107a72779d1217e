import { translator, type Locale } from '../i18n/index.ts';
import { comparisonChart, progressChart, trendChart, type ChartSpec, type ChartWords } from '../lib/charts/specs.ts';
import { sourceTitles } from '../lib/charts/sharing.ts';
import { allDistricts, allIndicators, allObservations, pageData, trackedPlans } from './data.ts';
import { districtId, districtName } from './glossary.ts';

export interface SiteCharts {
  /** Trend charts by indicator id, one per district with a trend. */
  trends: Map<string, ChartSpec[]>;
  /** District comparison charts by indicator id. */
  comparisons: Map<string, ChartSpec>;
  /** Plan progress charts by the plan's source id. */
  progress: Map<string, ChartSpec>;
}

function chartWords(locale: Locale): ChartWords {
  const t = translator(locale);
  return {
    language: locale,
    target: t('chart.target'),
    periodsDiffer: t('chart.periodsDiffer'),
    proposedMark: t('chart.proposedMark'),
    districtName: (d) => districtName(locale, d),
    districtId,
    progressNote: (baseline, latest, latestPeriod, target) =>
      t('chart.progressNote', { baseline, latest, latestPeriod, target }),
  };
}

const cache = new Map<Locale, Promise<SiteCharts>>();

/** Every chart of the site in a locale, built once per build from the indicator observations. */
export function siteCharts(locale: Locale): Promise<SiteCharts> {
  let charts = cache.get(locale);
  if (!charts) {
    charts = build(locale);
    cache.set(locale, charts);
  }
  return charts;
}

async function build(locale: Locale): Promise<SiteCharts> {
  const words = chartWords(locale);
  const t = translator(locale);
  const observations = await allObservations();
  const districts = await allDistricts();
  const indicators = allIndicators();
  const trends = new Map<string, ChartSpec[]>();
  const comparisons = new Map<string, ChartSpec>();
  for (const indicator of indicators) {
    const own = districts.flatMap((d) => trendChart(observations, indicator, d, words) ?? []);
    if (own.length > 0) trends.set(indicator.id, own);
    const compared = comparisonChart(observations, indicator, districts, words);
    if (compared) comparisons.set(indicator.id, compared);
  }
  const progress = new Map<string, ChartSpec>();
  for (const { plan, rows } of await trackedPlans()) {
    const spec = progressChart(`progress-${plan.source.id}`, t('chart.progressTitle'), rows, indicators, words);
    if (spec) progress.set(plan.source.id, spec);
  }
  return { trends, comparisons, progress };
}

/** Every chart in a list, for the CSV downloads. */
export async function chartList(locale: Locale): Promise<ChartSpec[]> {
  const charts = await siteCharts(locale);
  return [...[...charts.trends.values()].flat(), ...charts.comparisons.values(), ...charts.progress.values()];
}

/** A chart with the page it is shown on and the titles of the texts its numbers come from. */
export interface ChartHome {
  spec: ChartSpec;
  /** The page the chart is on, relative to the locale's root (`indicators/x/`); its anchor is the chart's id. */
  page: string;
  sources: string[];
}

const homesByLocale = new Map<Locale, Promise<ChartHome[]>>();

/**
 * Every chart with its page (an indicator's charts on the indicator's page, a plan's progress on the tracker),
 * made once per build and locale: every chart asks for its own (made per chart, it cost 9 s at 10,000 texts).
 */
export function chartHomes(locale: Locale): Promise<ChartHome[]> {
  let homes = homesByLocale.get(locale);
  if (!homes) {
    homes = findChartHomes(locale);
    homesByLocale.set(locale, homes);
  }
  return homes;
}

async function findChartHomes(locale: Locale): Promise<ChartHome[]> {
  const charts = await siteCharts(locale);
  const titles = new Map(
    (await pageData()).map((p) => [`${p.slug}/`, locale === 'en' ? (p.titleEn ?? p.title) : p.title]),
  );
  const titleOf = (page: string) => titles.get(page) ?? page;
  const home = (spec: ChartSpec, page: string): ChartHome => ({
    spec,
    page,
    sources: sourceTitles(
      spec.rows.map((row) => row.source),
      titleOf,
    ),
  });
  return [
    ...[...charts.trends].flatMap(([indicator, specs]) => specs.map((spec) => home(spec, `indicators/${indicator}/`))),
    ...[...charts.comparisons].map(([indicator, spec]) => home(spec, `indicators/${indicator}/`)),
    ...[...charts.progress.values()].map((spec) => home(spec, 'tracker/')),
  ];
}
