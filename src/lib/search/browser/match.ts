import { present } from '../../assert.ts';
import type { Postings } from './pagefind-files.ts';
import { coverOffsets, phraseStarts } from './tokens.ts';
import { append } from '../../arrays.ts';

/**
 * Where a query stands in each page, from the postings of its pair words (in
 * query order; undefined for a word the index does not hold): page number →
 * every position the query starts at. Only the words of a cover are compared
 * (tokens.ts), starting from the one on fewest pages.
 */
export function phrasePages(postings: readonly (Postings | undefined)[]): Map<number, number[]> {
  const found = new Map<number, number[]>();
  if (postings.length === 0 || postings.some((p) => p === undefined)) return found;
  const cover = coverOffsets(postings).map((offset) => ({
    offset,
    pages: present(postings[offset], `the postings of word ${offset + 1}`),
  }));
  const rarest = cover.reduce((a, b) => (b.pages.size < a.pages.size ? b : a));
  for (const page of rarest.pages.keys()) {
    if (!cover.every(({ pages }) => pages.has(page))) continue;
    const starts = phraseStarts(
      cover.map(({ offset, pages }) => ({
        offset,
        positions: present(pages.get(page), `page ${page} in every posting`),
      })),
    );
    if (starts.length > 0) found.set(page, starts);
  }
  return found;
}

/**
 * Where any of the words stands in each page (a one-character query: every pair word that starts with it).
 * A position holds one word, so the words' positions never overlap.
 */
export function anyWordPages(postings: readonly Postings[]): Map<number, number[]> {
  const found = new Map<number, number[]>();
  for (const word of postings) {
    for (const [page, positions] of word) {
      const all = found.get(page);
      if (all) append(all, positions);
      else found.set(page, [...positions]);
    }
  }
  for (const positions of found.values()) positions.sort((a, b) => a - b);
  return found;
}
