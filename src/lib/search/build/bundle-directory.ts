import { IDS_PER_FILE } from '../browser/slices.ts';

/**
 * The exact bundle's directory (src/lib/search/browser/slices.ts): instead of Pagefind's metadata of every slice
 * (27 KB gzip a slice, most of it the list of its 1,250 index chunks), a search fetches the `words/` files of its
 * characters (written with the postings files, build/postings-files.ts) and the `ids/` files of the results it
 * shows.
 */

/** The `ids/` files: the record ids of the pages, IDS_PER_FILE page numbers a file. */
export function idFiles(ids: readonly string[]): string[][] {
  const files: string[][] = [];
  for (let first = 0; first < ids.length; first += IDS_PER_FILE) files.push(ids.slice(first, first + IDS_PER_FILE));
  return files;
}
