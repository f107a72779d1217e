/**
 * The discrepancies in pages: one page per district, cut into parts of at most DISCREPANCIES_PER_PAGE groups
 * (an indicator, a year and its differing values), newest texts first (district-parts.ts). One page of every
 * discrepancy was 7.1 MB of HTML at 10,000 texts (docs/benchmarks.md, "Discrepancies by district").
 */
import type { Discrepancy } from '../data/analysis.ts';
import { inDistrictParts, type DistrictParts } from './district-parts.ts';

/**
 * A group is its values' table and their sentences: about 15 KB of HTML for the 15 values a group held on average in
 * the bench's 10,000 texts, so 25 groups are about 375 KB (25 KB gzip); the site's groups have two or three values.
 */
export const DISCREPANCIES_PER_PAGE = 25;

export const discrepanciesPartPath = (id: string, part: number) =>
  part === 1 ? `discrepancies/${id}/` : `discrepancies/${id}/${part}/`;

/** When the newest text of a group was published: the group is as recent as its latest value. */
function newestPublished(group: Discrepancy): string {
  return group.observations.reduce((newest, o) => (o.published > newest ? o.published : newest), '');
}

export function discrepanciesByDistrict(
  groups: readonly Discrepancy[],
  idOf: (district: string) => string,
  perPage = DISCREPANCIES_PER_PAGE,
): DistrictParts<Discrepancy>[] {
  return inDistrictParts(
    groups,
    {
      districts: (g) => [g.district],
      published: newestPublished,
      sources: (g) => g.observations.map((o) => o.source),
    },
    { idOf, perPage, pathOf: discrepanciesPartPath, what: 'discrepancies' },
  );
}
