import { findChineseTerms } from './match.ts';
import { present } from '../assert.ts';
import type { GlossaryTerm } from './parse.ts';

export interface PageText {
  slug: string;
  /** The page's passages in reading order. */
  passages: readonly { id: string; text: string }[];
}

export interface Occurrence {
  slug: string;
  /** The first passage of the page where the term occurs, for a link to it. */
  firstPassage: string;
  count: number;
}

/** For each term, the pages whose Chinese text contains it, in the order the pages are given. */
export function termOccurrences(terms: readonly GlossaryTerm[], pages: readonly PageText[]): Map<string, Occurrence[]> {
  const result = new Map<string, Occurrence[]>(terms.map((t) => [t.id, []]));
  for (const page of pages) {
    const onPage = new Map<string, Occurrence>();
    for (const passage of page.passages) {
      for (const { term } of findChineseTerms(passage.text, terms)) {
        const seen = onPage.get(term.id);
        if (seen) seen.count += 1;
        else onPage.set(term.id, { slug: page.slug, firstPassage: passage.id, count: 1 });
      }
    }
    for (const [id, occurrence] of onPage) present(result.get(id), `term ${id} among the terms`).push(occurrence);
  }
  return result;
}

/**
 * How many pages the glossary lists for a term. Why a limit: a common term occurs on most pages, so lists of every
 * page made the glossary 5.4 MB of HTML at 1,000 texts (docs/benchmarks.md); the rest are a site search away.
 */
export const PAGES_LISTED = 10;

/** The pages listed for a term: where it occurs most (ties in the pages' order), and how many are left out. */
export function listedOccurrences(
  all: readonly Occurrence[],
  limit = PAGES_LISTED,
): { listed: Occurrence[]; unlisted: number } {
  // Array.prototype.sort is stable: pages with as many occurrences keep their order.
  const listed = [...all].sort((a, b) => b.count - a.count).slice(0, limit);
  return { listed, unlisted: all.length - listed.length };
}
