import { join } from 'node:path';
import type { Locale } from '../i18n/index.ts';
import { present } from '../lib/assert.ts';
import { observationDisplay } from '../lib/charts/values.ts';
import { tracker, type TrackerRow } from '../lib/data/analysis.ts';
import { figureData, observationData, type ObservationData, type PageData } from '../lib/data/records.ts';
import { parseIndicators, type Indicator } from '../lib/indicators/registry.ts';
import { readInputFile } from '../lib/io/input-text.ts';
import { zhPages } from './content.ts';

let indicators: Indicator[] | undefined;
let byId: Map<string, Indicator> | undefined;

/** The canonical indicators (content/indicators.yaml). */
export function allIndicators(): Indicator[] {
  const file = join('content', 'indicators.yaml');
  indicators ??= parseIndicators(file, readInputFile(join(process.cwd(), file), file));
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

export async function pageData(): Promise<PageData[]> {
  return (await zhPages()).map((e) => e.data);
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

let tracked: Promise<{ plan: PageData; rows: TrackerRow[] }[]> | undefined;

/** The plans whose indicator tables set baselines and targets, each with its indicators tracked for its district. */
export function trackedPlans(): Promise<{ plan: PageData; rows: TrackerRow[] }[]> {
  tracked ??= Promise.all([pageData(), allObservations()]).then(([pages, all]) =>
    pages
      .filter((p) => p.observations.some((o) => o.kind === 'baseline'))
      .map((plan) => ({
        plan,
        rows: tracker(all, present(plan.districts[0], `a district of ${plan.slug}`), plan.source.id),
      })),
  );
  return tracked;
}

/** Districts in the order the site lists them. */
export async function allDistricts(): Promise<string[]> {
  return [...new Set((await pageData()).flatMap((p) => p.districts))].sort();
}
