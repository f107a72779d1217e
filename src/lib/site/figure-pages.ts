/**
 * The figures table in pages: one page per district, cut into parts of at most FIGURES_PER_PAGE rows, newest
 * texts first. Why: one table of every figure grows with the corpus (6.7 MB of HTML at 1,000 texts, about 67 MB
 * at 10,000), far past what a phone can open; a district's figures, a few hundred at a time, stay readable and
 * filterable without JavaScript, and the whole table is still one download (data/figures.csv).
 */
import { splitDistricts } from '../data/records.ts';
import { compareDatesDesc } from './dates.ts';

/** At the site's rows (about 490 bytes of HTML each), 200 rows are about 11 KB gzip: well within a text page's budget. */
export const FIGURES_PER_PAGE = 200;

/** What the grouping needs of a figure record (data/figures.json). */
export interface ListedFigure {
  /** The page's districts, joined by 、 (a text about two districts lists its figures under both). */
  district: string;
  /** The text's publication date or year (ISO order, so that strings sort by date). */
  published: string;
}

export interface FiguresPart<F> {
  /** 1-based. */
  part: number;
  /** The part's path under the locale's root: `figures/qijiang/`, `figures/qijiang/2/`. */
  path: string;
  figures: F[];
  /** When its texts were published: `2021/2024`, or one date when all were published then (formatPeriod reads both). */
  published: string;
}

export interface FiguresDistrict<F> {
  district: string;
  /** Its ASCII id, the same in every language: the path segment. */
  id: string;
  /** How many figures, in all its parts. */
  count: number;
  /** How many texts (sources) they come from. */
  texts: number;
  /** When its texts were published, as a part's `published`. */
  published: string;
  /** Its first part's path. */
  path: string;
  parts: FiguresPart<F>[];
}

export const figuresPartPath = (id: string, part: number) => (part === 1 ? `figures/${id}/` : `figures/${id}/${part}/`);

/** Sizes of `parts` parts as equal as possible, larger first, that sum to `count` (257 in 200s: 129, 128). */
export function partSizes(count: number, perPage: number): number[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new Error(`figures per page must be a positive integer, not ${perPage}`);
  const parts = Math.max(1, Math.ceil(count / perPage));
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

function publishedSpan(figures: readonly ListedFigure[]): string {
  const newest = figures[0]?.published ?? '';
  const oldest = figures.at(-1)?.published ?? '';
  return newest === oldest ? newest : `${oldest}/${newest}`;
}

/**
 * The figures by district (in the order of their ids), each district's newest texts first (ties keep the records'
 * order, which is the pages' and paragraphs'), cut into parts. A district without an ASCII id, or two districts with
 * one id, would make pages that cannot be told apart: that is an error naming them.
 */
export function figuresByDistrict<F extends ListedFigure & { source: string }>(
  figures: readonly F[],
  idOf: (district: string) => string,
  perPage = FIGURES_PER_PAGE,
): FiguresDistrict<F>[] {
  const byDistrict = new Map<string, F[]>();
  for (const figure of figures)
    for (const district of splitDistricts(figure.district)) {
      const list = byDistrict.get(district) ?? [];
      list.push(figure);
      byDistrict.set(district, list);
    }
  const districts = [...byDistrict].map(([district, list]) => {
    const id = idOf(district);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      throw new Error(
        `figures pages: the district ${district} has no ASCII id (got "${id}"); add its English name to content/glossary.yaml`,
      );
    return { district, id, list };
  });
  const seen = new Map<string, string>();
  for (const { district, id } of districts) {
    const other = seen.get(id);
    if (other !== undefined)
      throw new Error(`figures pages: the districts ${other} and ${district} have one id, ${id}`);
    seen.set(id, district);
  }
  return districts
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ district, id, list }) => {
      // Array.prototype.sort is stable: figures of one date keep their order.
      const ordered = [...list].sort((a, b) => compareDatesDesc(a.published, b.published));
      let from = 0;
      const parts = partSizes(ordered.length, perPage).map((size, i): FiguresPart<F> => {
        const figuresOfPart = ordered.slice(from, from + size);
        from += size;
        return {
          part: i + 1,
          path: figuresPartPath(id, i + 1),
          figures: figuresOfPart,
          published: publishedSpan(figuresOfPart),
        };
      });
      return {
        district,
        id,
        count: ordered.length,
        texts: new Set(list.map((f) => f.source)).size,
        published: publishedSpan(ordered),
        path: figuresPartPath(id, 1),
        parts,
      };
    });
}
