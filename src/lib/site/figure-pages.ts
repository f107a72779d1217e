/**
 * The figures table in pages: one page per district, cut into parts of at most FIGURES_PER_PAGE rows, newest
 * texts first (district-parts.ts). One table of every figure was 6.7 MB of HTML at 1,000 texts (about 67 MB at
 * 10,000); the whole table is still one download (data/figures.csv).
 */
import { splitDistricts } from '../data/records.ts';
import { inDistrictParts, type DistrictParts } from './district-parts.ts';

/** At the site's rows (about 490 bytes of HTML each), 200 rows are about 11 KB gzip: well within a text page's budget. */
export const FIGURES_PER_PAGE = 200;

/** What the grouping needs of a figure record (data/figures.json). */
export interface ListedFigure {
  /** The page's districts, joined by 、 (a text about two districts lists its figures under both). */
  district: string;
  /** The text's publication date or year. */
  published: string;
  source: string;
}

export const figuresPartPath = (id: string, part: number) => (part === 1 ? `figures/${id}/` : `figures/${id}/${part}/`);

export function figuresByDistrict<F extends ListedFigure>(
  figures: readonly F[],
  idOf: (district: string) => string,
  perPage = FIGURES_PER_PAGE,
): DistrictParts<F>[] {
  return inDistrictParts(
    figures,
    { districts: (f) => splitDistricts(f.district), published: (f) => f.published, sources: (f) => [f.source] },
    { idOf, perPage, pathOf: figuresPartPath, what: 'figures' },
  );
}
