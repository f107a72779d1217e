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
