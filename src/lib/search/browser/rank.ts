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
  /** Where the query starts in the record, one position per occurrence, sorted. */
  starts: number[];
  inTitle: boolean;
  inHeadings: boolean;
}

export function pageHit(page: number, starts: readonly number[], layout: Layout): PageHit {
  if (starts.length === 0) throw new Error(`search index out of step: page ${page} matched but holds no occurrence`);
  const regions = new Set(starts.map((p) => regionOf(layout, p)));
  return { page, starts: [...starts], inTitle: regions.has('title'), inHeadings: regions.has('heading') };
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
  const pages = new Map<number, PageHit>();
  for (const hit of lists.flat()) {
    const seen = pages.get(hit.page);
    if (!seen) {
      pages.set(hit.page, { ...hit, starts: [...hit.starts] });
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
