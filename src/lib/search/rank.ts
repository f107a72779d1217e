import { regionOf, type Layout, type Region } from './cards.ts';

/**
 * Ranks the pages of an exact search from what a search returns before any
 * result is downloaded: each page's id, its place in the newest-first order
 * and the positions where the query starts in it, whose region (cards.ts)
 * says whether the title or a heading matched.
 *
 * Ranking comes in tiers, cheapest first: the first position of a phrase
 * (all a phrase search reports) is in the best region it occurs in, because
 * the title region comes first and the headings next; so every page's tier
 * (title, heading, body) is known at once, and the occurrences that order
 * pages within a tier need counting only for the tiers shown.
 */
const TIER: Record<Region, number> = { title: 0, heading: 1, body: 2 };

/** A page's tier from the first position of the query in it: 0 title, 1 headings, 2 body only. */
export function tierOf(layout: Layout, firstPosition: number): number {
  return TIER[regionOf(layout, firstPosition)];
}
export interface PageHit {
  /** Pagefind's id of the page's record; its card is `results/<id>.json`. */
  id: string;
  /** Place in the newest-first order: lower is newer. */
  order: number;
  /** Where the query starts in the record, one position per occurrence, sorted. */
  starts: number[];
  inTitle: boolean;
  inHeadings: boolean;
  /** 0: the title matches; 1: a heading does, not the title; 2: only the body. */
  tier: number;
}

export function pageHit(id: string, order: number, starts: readonly number[], layout: Layout): PageHit {
  if (starts.length === 0) throw new Error(`search index out of step: page ${id} matched but holds no occurrence`);
  const regions = new Set(starts.map((p) => regionOf(layout, p)));
  const inTitle = regions.has('title');
  const inHeadings = regions.has('heading');
  return { id, order, starts: [...starts], inTitle, inHeadings, tier: inTitle ? 0 : inHeadings ? 1 : 2 };
}

/** Title matches first, then heading matches, then by how often the text occurs; ties to the newest page. */
export function rankPages(pages: readonly PageHit[]): PageHit[] {
  return [...pages].sort((a, b) =>
    Number(b.inTitle) - Number(a.inTitle)
    || Number(b.inHeadings) - Number(a.inHeadings)
    || b.starts.length - a.starts.length
    || a.order - b.order);
}

/** One page's hits from several searches (forms of the same query) as one. */
export function mergePageHits(lists: readonly PageHit[][]): PageHit[] {
  const pages = new Map<string, PageHit>();
  for (const hit of lists.flat()) {
    const seen = pages.get(hit.id);
    if (!seen) {
      pages.set(hit.id, { ...hit, starts: [...hit.starts] });
      continue;
    }
    seen.starts = [...new Set([...seen.starts, ...hit.starts])].sort((a, b) => a - b);
    seen.inTitle ||= hit.inTitle;
    seen.inHeadings ||= hit.inHeadings;
    seen.tier = Math.min(seen.tier, hit.tier);
    seen.order = Math.min(seen.order, hit.order);
  }
  return [...pages.values()];
}

/** A bare number of four or more digits also in its English written form (1063 → 1,063). */
export function numberForms(query: string): string[] {
  const match = /^(\d{4,})(\.\d+)?(%?)$/.exec(query);
  if (!match) return [query];
  const grouped = match[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return [query, `${grouped}${match[2] ?? ''}${match[3]}`];
}
