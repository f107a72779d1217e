import { regionOf, type Layout } from './cards.ts';

/**
 * Ranks the pages of an exact search from where the query stands in each, as
 * the index gives it before any result is downloaded: the region of a position
 * (cards.ts) says whether the title or a heading matched, and the number of
 * positions how often the query occurs.
 */
export interface PageHit {
  /** The page's number in the exact index, its place in the newest-first order: lower is newer (slices.ts). */
  page: number;
  /** Where the query starts in the record, one position per occurrence, ascending. */
  starts: readonly number[];
  inTitle: boolean;
  inHeadings: boolean;
}

/**
 * A page's hit from where the query starts in it (ascending). The regions follow one another (title, headings,
 * body), so the first start says whether the title matched and the starts before the body whether a heading did;
 * the starts are kept as given, not copied: this runs for every matching page of a large index.
 */
export function pageHit(page: number, starts: readonly number[], layout: Layout): PageHit {
  const first = starts[0];
  if (first === undefined) throw new Error(`search index out of step: page ${page} matched but holds no occurrence`);
  let inHeadings = false;
  for (const position of starts) {
    if (position >= layout.body) break;
    if (regionOf(layout, position) === 'heading') {
      inHeadings = true;
      break;
    }
  }
  return { page, starts, inTitle: regionOf(layout, first) === 'title', inHeadings };
}

/** Title matches first, then heading matches, then by how often the text occurs; ties to the newest page. */
export function rankPages(pages: readonly PageHit[]): PageHit[] {
  return [...pages].sort(
    (a, b) =>
      Number(b.inTitle) - Number(a.inTitle) ||
      Number(b.inHeadings) - Number(a.inHeadings) ||
      b.starts.length - a.starts.length ||
      a.page - b.page,
  );
}

/** One page's hits from several searches (forms of the same query) as one. */
export function mergePageHits(lists: readonly PageHit[][]): PageHit[] {
  // One search's hits are one per page already.
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const pages = new Map<number, PageHit>();
  for (const hit of lists.flat()) {
    const seen = pages.get(hit.page);
    if (!seen) {
      pages.set(hit.page, { ...hit });
      continue;
    }
    seen.starts = [...new Set([...seen.starts, ...hit.starts])].sort((a, b) => a - b);
    seen.inTitle ||= hit.inTitle;
    seen.inHeadings ||= hit.inHeadings;
  }
  return [...pages.values()];
}

/** A bare number of four or more digits also in its English written form (1063 → 1,063). */
export function numberForms(query: string): string[] {
  const match = /^(\d{4,})(\.\d+)?(%?)$/.exec(query);
  if (!match) return [query];
  const [, digits = '', decimals = '', percent = ''] = match;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return [query, `${grouped}${decimals}${percent}`];
}
