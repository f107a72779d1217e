import { chunksWithPrefix, type IndexChunkRef } from '../browser/pagefind-files.ts';
import { IDS_PER_FILE, wordFileOf, type WordDirectory } from '../browser/slices.ts';

/**
 * The exact bundle's directory (src/lib/search/browser/slices.ts): instead of Pagefind's metadata of every slice
 * (27 KB gzip a slice, most of it the list of its 1,250 index chunks), a search fetches the `words/` files of its
 * characters and the `ids/` files of the results it shows.
 */

/** A slice as written: its index chunks and the first characters (`firstToken`) of the words they hold. */
export interface IndexedSlice {
  chunks: readonly IndexChunkRef[];
  tokens: ReadonlySet<string>;
}

/**
 * Chunk listings per `words/` file, on average. A chunk is listed under each character its words start with, so a
 * file lists more: at 10,000 texts (11,400 chunks in 10 slices) this gave files of 1.1 KB gzip median and 5.5 KB at
 * most; a query of six characters reads six of them (docs/benchmarks.md, "The bundle's directory").
 */
const CHUNKS_PER_WORD_FILE = 48;

export const wordFileCount = (slices: readonly IndexedSlice[]) =>
  Math.max(1, Math.ceil(slices.reduce((sum, slice) => sum + slice.chunks.length, 0) / CHUNKS_PER_WORD_FILE));

/**
 * The `words/` files of one language's slices: file f lists, for each slice, every chunk that may hold a word
 * starting with a character of f (chunksWithPrefix, in the slice's chunk order). So a word's chunk, found among
 * them, is the one found among all the slice's chunks: every chunk before it in the listing is before it in the
 * slice, and holds no range the word is in.
 */
export function wordDirectories(slices: readonly IndexedSlice[], files: number): WordDirectory[] {
  const listed = Array.from({ length: files }, () => slices.map(() => new Set<number>()));
  slices.forEach((slice, s) => {
    const numbers = new Map(slice.chunks.map((chunk, n) => [chunk, n]));
    for (const token of slice.tokens) {
      const sets = listed[wordFileOf(token, files)];
      for (const chunk of chunksWithPrefix(slice.chunks, token)) sets?.[s]?.add(numbers.get(chunk) ?? -1);
    }
  });
  return listed.map((perSlice, f) =>
    perSlice.map((numbers, s) =>
      [...numbers]
        .sort((a, b) => a - b)

        .map((n): [string, string, string] => {
          const chunk = slices[s]?.chunks[n];
          if (!chunk) throw new Error(`words file ${f}: slice ${s} has no chunk ${n}`);
          return [chunk.from, chunk.to, chunk.hash];
        }),
    ),
  );
}

/** The `ids/` files: the record ids of the pages, IDS_PER_FILE page numbers a file. */
export function idFiles(ids: readonly string[]): string[][] {
  const files: string[][] = [];
  for (let first = 0; first < ids.length; first += IDS_PER_FILE) files.push(ids.slice(first, first + IDS_PER_FILE));
  return files;
}
