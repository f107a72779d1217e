/** The source texts as the sources pages list them: by district, and each text's pages. */
import type { DistrictParts } from '../lib/site/district-parts.ts';
import { sourcesByDistrict } from '../lib/site/source-pages.ts';
import type { Source } from '../lib/sources/load.ts';
import { zhPages } from './content.ts';
import { districtId } from './glossary.ts';
import { allSources } from './sources.ts';

let districts: DistrictParts<Source>[] | undefined;

/** Each district's source texts in parts (src/lib/site/source-pages.ts), computed once per build. */
export function sourcesOfDistricts(): DistrictParts<Source>[] {
  districts ??= sourcesByDistrict(allSources(), districtId);
  return districts;
}

type PageOfSource = Awaited<ReturnType<typeof zhPages>>[number]['data'];
let pages: Promise<Map<string, PageOfSource[]>> | undefined;

/**
 * The pages made from each source, in their order: grouped once per build, where filtering every page for each
 * text would take texts × pages steps (60 million for each list page at 10,000 texts).
 */
export function pagesOfSources(): Promise<Map<string, PageOfSource[]>> {
  pages ??= zhPages().then((entries) => {
    const grouped = Map.groupBy(
      entries.map((e) => e.data),
      (p) => p.source.id,
    );
    for (const list of grouped.values()) list.sort((a, b) => a.order - b.order);
    return grouped;
  });
  return pages;
}
