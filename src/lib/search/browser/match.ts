import type { Postings } from './pagefind-files.ts';
import { phraseStarts } from './tokens.ts';
import { append } from '../../arrays.ts';
import { present } from '../../assert.ts';

/** A word of a phrase's cover (tokens.ts, coverWords) and its postings; undefined when the index does not hold it. */
export interface CoverPart {
  offset: number;
  postings: Postings | undefined;
}

/**
 * Where a query stands in each page, from the postings of the words of its cover (coverWords), as postings of the
 * query: the pages that hold it and every position it starts at in each. The cover holds every character of the
 * query, so the other pair words need not be fetched: where the cover stands, they do. The pages of the cover word
 * on fewest pages are walked, and the other words' pages beside them in step (all ascending).
 */
export function phrasePages(cover: readonly CoverPart[]): Postings {
  const found: Postings = { pages: [], positions: [] };
  const held: { offset: number; postings: Postings }[] = [];
  for (const { offset, postings } of cover) {
    if (postings === undefined) return found;
    held.push({ offset, postings });
  }
  if (held.length === 0) return found;
  const rarest = held.reduce((a, b) => (b.postings.pages.length < a.postings.pages.length ? b : a)).postings;
  const cursors = held.map(() => 0);
  rarest.pages.forEach((page) => {
    const parts: { offset: number; positions: readonly number[] }[] = [];
    for (let k = 0; k < held.length; k++) {
      const { offset, postings } = present(held[k], 'a cover word');
      let at = present(cursors[k], 'a cursor per cover word');
      while (at < postings.pages.length && present(postings.pages[at], 'a page') < page) at++;
      cursors[k] = at;
      if (postings.pages[at] !== page) return;
      parts.push({ offset, positions: present(postings.positions[at], 'the positions of a page') });
    }
    const starts = phraseStarts(parts);
    if (starts.length === 0) return;
    found.pages.push(page);
    found.positions.push(starts);
  });
  return found;
}

/**
 * Where any of the words stands in each page (a one-character query: every pair word that starts with it).
 * A position holds one word, so the words' positions never overlap.
 */
export function anyWordPages(postings: readonly Postings[]): Postings {
  const byPage = new Map<number, number[]>();
  for (const word of postings) {
    word.pages.forEach((page, i) => {
      const positions = present(word.positions[i], 'the positions of a page');
      const all = byPage.get(page);
      if (all) append(all, positions);
      else byPage.set(page, [...positions]);
    });
  }
  const pages = [...byPage.keys()].sort((a, b) => a - b);
  return {
    pages,
    positions: pages.map((page) => present(byPage.get(page), `page ${page}`).sort((a, b) => a - b)),
  };
}

/** A page's positions in postings, if it is among their pages (a binary search: the pages are ascending). */
export function positionsOn(postings: Postings, page: number): readonly number[] | undefined {
  let low = 0;
  let high = postings.pages.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = present(postings.pages[middle], 'a page');
    if (at === page) return postings.positions[middle];
    if (at < page) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Postings of only the pages `keep` says yes to. */
export function keepPages(postings: Postings, keep: (page: number) => boolean): Postings {
  const kept: Postings = { pages: [], positions: [] };
  postings.pages.forEach((page, i) => {
    if (!keep(page)) return;
    kept.pages.push(page);
    kept.positions.push(present(postings.positions[i], 'the positions of a page'));
  });
  return kept;
}
