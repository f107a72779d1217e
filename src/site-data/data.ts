import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/index.ts';
import { present } from '../lib/assert.ts';
import { observationDisplay } from '../lib/charts/values.ts';
import { asOfDate, planStatus, tracker, type PlanStatus, type TrackerRow } from '../lib/data/tracker.ts';
import {
  figureData,
  observationData,
  type FigureData,
  type ObservationData,
  type PageData,
} from '../lib/data/records.ts';
import { figuresByDistrict } from '../lib/site/figure-pages.ts';
import { discrepanciesByDistrict } from '../lib/site/discrepancy-pages.ts';
import { observationsByDistrict } from '../lib/site/observation-pages.ts';
import { discrepancies, type Discrepancy } from '../lib/data/analysis.ts';
import type { DistrictParts } from '../lib/site/district-parts.ts';
import { districtId } from './glossary.ts';
import {
  parseIndicators,
  provisionalAsIndicator,
  provisionalIndicatorsIn,
  type Indicator,
} from '../lib/indicators/registry.ts';
import { listTree } from '../lib/io/tree.ts';
import { readInputFile } from '../lib/io/input-text.ts';
import { zhPageData } from './content.ts';

let indicators: Indicator[] | undefined;
let byId: Map<string, Indicator> | undefined;

/**
 * The canonical indicators (content/indicators.yaml), then the provisional ones that plan tables made (listed in
 * the frontmatter of the generated Chinese pages, read here once and in path order so every build lists them alike).
 */
export function allIndicators(): Indicator[] {
  const file = join('content', 'indicators.yaml');
  const zh = join(process.cwd(), 'content', 'zh');
  indicators ??= [
    ...parseIndicators(file, readInputFile(join(process.cwd(), file), file)),
    ...listTree(zh)
      .filter((path) => path.endsWith('.mdx'))
      .sort()
      .flatMap((path) => provisionalIndicatorsIn(path, readFileSync(join(zh, path), 'utf8')))
      .map(provisionalAsIndicator),
  ];
  return indicators;
}

/** An indicator by its id (every observation names one that exists: ingest checks). */
export function indicatorById(id: string): Indicator {
  byId ??= new Map(allIndicators().map((i) => [i.id, i]));
  return present(byId.get(id), `indicator "${id}" in content/indicators.yaml`);
}

/** An indicator's name in a locale. */
export const indicatorName = (locale: Locale, id: string) =>
  locale === 'en' ? indicatorById(id).nameEn : indicatorById(id).name;

/** An observation's value as a table shows it in a locale (see observationDisplay). */
export const shownObservation = (locale: Locale, o: ObservationData) =>
  observationDisplay(o, indicatorById(o.indicator), locale);

/** An observation's definition note in a locale, with the language it is written in (undefined without one). */
export function definitionNote(locale: Locale, o: ObservationData): { text: string; lang: 'zh-CN' | 'en' } | undefined {
  if (o.definition === null) return undefined;
  return locale === 'en' && o.definition_en !== null
    ? { text: o.definition_en, lang: 'en' }
    : { text: o.definition, lang: 'zh-CN' };
}

/** The frontmatter of every Chinese page, as the data records read it (made once per build: zhPageData). */
export function pageData(): Promise<PageData[]> {
  return zhPageData();
}

export async function allFigures() {
  return figureData(await pageData());
}

let observations: Promise<ObservationData[]> | undefined;

/** Every indicator observation, computed once per build (most data pages and every chart read them). */
export function allObservations(): Promise<ObservationData[]> {
  observations ??= pageData().then((pages) => observationData(pages, allIndicators()));
  return observations;
}

/** A plan with a baseline table, its status as of the build's date and its indicators tracked for its district. */
export interface TrackedPlan {
  plan: PageData;
  district: string;
  status: PlanStatus | undefined;
  rows: TrackerRow[];
}

/** The date the tracker judges plans on: SOURCE_DATE_EPOCH when set (so a rebuild gives the same site), else today (UTC). */
export const trackerAsOf = () => asOfDate(process.env.SOURCE_DATE_EPOCH, new Date());

let tracked: Promise<TrackedPlan[]> | undefined;

/** Every plan whose indicator table sets baselines and targets (one section each, however many parts it has). */
export function trackedPlans(): Promise<TrackedPlan[]> {
  const asOf = trackerAsOf();
  tracked ??= Promise.all([pageData(), allObservations()]).then(([pages, all]) => {
    const withTables = pages.filter((p) => p.observations.some((o) => o.kind === 'baseline'));
    const plans = withTables.filter((p, i) => withTables.findIndex((q) => q.source.id === p.source.id) === i);
    return plans.map((plan) => {
      const district = present(plan.districts[0], `a district of ${plan.slug}`);
      const planned = all.filter((o) => o.source === plan.source.id);
      const status = planStatus(plan.source.period, planned, asOf);
      return { plan, district, status, rows: tracker(all, district, plan.source.id, status ?? { state: 'in-force' }) };
    });
  });
  return tracked;
}

/** Districts in the order the site lists them. */
export async function allDistricts(): Promise<string[]> {
  return [...new Set((await pageData()).flatMap((p) => p.districts))].sort();
}

let figureDistricts: Promise<DistrictParts<FigureData>[]> | undefined;

/** The figures table's pages: each district's figures in parts (src/lib/site/figure-pages.ts), computed once per build. */
export function figuresOfDistricts(): Promise<DistrictParts<FigureData>[]> {
  figureDistricts ??= allFigures().then((figures) => figuresByDistrict(figures, districtId));
  return figureDistricts;
}

let discrepancyDistricts: Promise<DistrictParts<Discrepancy>[]> | undefined;

/** The discrepancies' pages: each district's in parts (src/lib/site/discrepancy-pages.ts), computed once per build. */
export function discrepanciesOfDistricts(): Promise<DistrictParts<Discrepancy>[]> {
  discrepancyDistricts ??= allObservations().then((all) => discrepanciesByDistrict(discrepancies(all), districtId));
  return discrepancyDistricts;
}

let indicatorDistricts: Promise<Map<string, DistrictParts<ObservationData>[]>> | undefined;

/** Each indicator's values by district, in parts (src/lib/site/observation-pages.ts), computed once per build. */
export function observationsOfIndicators(): Promise<Map<string, DistrictParts<ObservationData>[]>> {
  indicatorDistricts ??= allObservations().then((all) => {
    const byIndicator = Map.groupBy(all, (o) => o.indicator);
    return new Map(
      allIndicators().map((indicator) => [
        indicator.id,
        observationsByDistrict(indicator.id, byIndicator.get(indicator.id) ?? [], districtId),
      ]),
    );
  });
  return indicatorDistricts;
}
