/**
 * The static paths of the routes that exist once per language: the Chinese
 * route and its English twin under src/pages/en share these.
 */
import { present } from '../lib/assert.ts';
import { plans } from '../lib/site/collections.ts';
import { zhPages } from './content.ts';
import type { DistrictParts } from '../lib/site/district-parts.ts';
import { allIndicators, discrepanciesOfDistricts, figuresOfDistricts, observationsOfIndicators } from './data.ts';
import { allSources } from './sources.ts';
import { sourcesOfDistricts } from './source-lists.ts';
import { enPages } from './translations.ts';

/** Every report and plan page, at the path ingest gave it (`reports/…`, `plan/…/chapter-N`). */
export async function contentPaths() {
  return (await zhPages()).map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}

/** The pages that have an English translation: the parallel view exists only for them. */
export async function translatedContentPaths() {
  const english = await enPages();
  return (await contentPaths()).filter(({ params }) => english.has(params.slug));
}

export async function planPaths() {
  const entries = await zhPages();
  return plans(entries.map((e) => e.data)).map((plan) => ({
    params: { plan: plan.id },
    props: {
      parts: plan.parts.map((part) =>
        present(
          entries.find((e) => e.data.slug === part.slug),
          `page ${part.slug}`,
        ),
      ),
    },
  }));
}

export function indicatorPaths() {
  return allIndicators().map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

export function sourcePaths() {
  return allSources().map((source) => ({ params: { id: source.id }, props: { source } }));
}

/** Each part of each district's list, as the `[...part]` route under `prefix` (`figures/`) takes it. */
function districtPartPaths<T>(districts: readonly DistrictParts<T>[], prefix: string) {
  return districts.flatMap((district) =>
    district.parts.map((part) => {
      if (!part.path.startsWith(prefix)) throw new Error(`the part ${part.path} is not under ${prefix}`);
      return { params: { part: part.path.slice(prefix.length).replace(/\/$/, '') }, props: { district, part } };
    }),
  );
}

/** Each part of each district's figures: `figures/qijiang/`, `figures/qijiang/2/` (src/lib/site/figure-pages.ts). */
export async function figuresPartPaths() {
  return districtPartPaths(await figuresOfDistricts(), 'figures/');
}

/** Each part of each district's source texts: `sources/district/qijiang/` (src/lib/site/source-pages.ts). */
export function sourcesPartPaths() {
  return districtPartPaths(sourcesOfDistricts(), 'sources/district/');
}

/** Each part of each district's discrepancies: `discrepancies/qijiang/` (src/lib/site/discrepancy-pages.ts). */
export async function discrepanciesPartPaths() {
  return districtPartPaths(await discrepanciesOfDistricts(), 'discrepancies/');
}

/** Each part of each district's values of each indicator: `indicators/high-tech-enterprises/qijiang/`. */
export async function observationsPartPaths() {
  const byIndicator = await observationsOfIndicators();
  return allIndicators().flatMap((indicator) =>
    districtPartPaths(byIndicator.get(indicator.id) ?? [], `indicators/${indicator.id}/`).map(({ params, props }) => ({
      params: { id: indicator.id, ...params },
      props: { indicator, ...props },
    })),
  );
}
