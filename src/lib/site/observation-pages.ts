/**
 * An indicator's observations in pages: one page per district, cut into parts of at most OBSERVATIONS_PER_PAGE rows,
 * newest texts first (district-parts.ts), under the indicator's page, which keeps its charts and lists the districts.
 * One table of every value was up to 1.7 MB of HTML at 10,000 texts (docs/benchmarks.md, "Indicators' values by
 * district").
 */
import { periodEnd } from '../data/analysis.ts';
import type { ObservationData } from '../data/records.ts';
import { inDistrictParts, type DistrictParts } from './district-parts.ts';

/** A row is about 270 bytes of HTML: 200 rows are about 55 KB, within a text page's budget. */
export const OBSERVATIONS_PER_PAGE = 200;

/** `indicators/high-tech-enterprises/qijiang/`: below the indicator's page, which no district id can be. */
export const observationsPartPath = (indicator: string, district: string, part: number) =>
  part === 1 ? `indicators/${indicator}/${district}/` : `indicators/${indicator}/${district}/${part}/`;

/** Within one text's date, the values in the order of their periods, then their kinds. */
const byPeriod = (a: ObservationData, b: ObservationData) =>
  periodEnd(a.period).localeCompare(periodEnd(b.period)) || a.kind.localeCompare(b.kind);

/** The parts of one indicator's observations (`observations` are that indicator's). */
export function observationsByDistrict(
  indicator: string,
  observations: readonly ObservationData[],
  idOf: (district: string) => string,
  perPage = OBSERVATIONS_PER_PAGE,
): DistrictParts<ObservationData>[] {
  return inDistrictParts(
    [...observations].sort(byPeriod),
    { districts: (o) => [o.district], published: (o) => o.published, sources: (o) => [o.source] },
    {
      idOf,
      perPage,
      pathOf: (district, part) => observationsPartPath(indicator, district, part),
      what: `${indicator} values`,
    },
  );
}
