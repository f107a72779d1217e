/**
 * The list of source texts in pages: one page per district, cut into parts of at most SOURCES_PER_PAGE texts,
 * newest first (district-parts.ts). One list of every text was 740 KB of HTML at 1,000 texts.
 */
import { inDistrictParts, type DistrictParts } from './district-parts.ts';

/** About 740 bytes of HTML a text: 100 are about 74 KB, 10 KB gzip. */
export const SOURCES_PER_PAGE = 100;

/** What the grouping needs of a source text. */
export interface ListedSource {
  id: string;
  meta: { districts: readonly string[]; published: string };
}

/** `sources/district/qijiang/`: two segments, so no source's viewer (`sources/<id>/`) can take the path. */
export const sourcesPartPath = (id: string, part: number) =>
  part === 1 ? `sources/district/${id}/` : `sources/district/${id}/${part}/`;

export function sourcesByDistrict<S extends ListedSource>(
  sources: readonly S[],
  idOf: (district: string) => string,
  perPage = SOURCES_PER_PAGE,
): DistrictParts<S>[] {
  return inDistrictParts(
    sources,
    { districts: (s) => s.meta.districts, published: (s) => s.meta.published, sources: (s) => [s.id] },
    { idOf, perPage, pathOf: sourcesPartPath, what: 'sources' },
  );
}
