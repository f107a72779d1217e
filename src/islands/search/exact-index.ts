import { LAYOUT_FILE, type Layout } from '../../lib/search/browser/cards.ts';
import {
  chunkRefsOf,
  idsFileOf,
  idsPath,
  IDS_PER_FILE,
  joinPostings,
  sliceOffsets,
  wordFileOf,
  wordsPath,
  type BundleLayout,
  type SliceEntry,
  type WordDirectory,
} from '../../lib/search/browser/slices.ts';
import { present } from '../../lib/assert.ts';
import {
  chunkHolding,
  chunksWithPrefix,
  filterChunkPath,
  indexChunkPath,
  readFilterChunk,
  readIndexChunk,
  type IndexChunkRef,
  type Postings,
} from '../../lib/search/browser/pagefind-files.ts';
import { firstToken } from '../../lib/search/browser/tokens.ts';
import type { Locale } from '../../lib/site/locale.ts';
import { fetchJson, fetchPagefindCbor, fetchPagefindFile } from './files.ts';

/**
 * The exact index of one language in the browser: its slices' files, read with the site's own reader rather than
 * Pagefind's runtime, so every place a query's pairs stand comes at once (why: src/lib/search/README.md). A page
 * number is the page's place in the index's order (newest first), across slices.
 */
export interface ExactIndex {
  layout: Layout;
  /** A word's postings; undefined when no page holds it. */
  postings(word: string): Promise<Postings | undefined>;
  /** The postings of every word that starts with a token (a one-character query). */
  postingsStartingWith(token: string): Promise<Postings[]>;
  /** The pages with all these filter values; undefined for no filters (every page of the language). */
  pagesWith(filters: Record<string, string>): Promise<Set<number> | undefined>;
  /** Where pages' result files are: their slice's folder (its URL) and their record id, which names them. */
  resultsOf(pages: readonly number[]): Promise<ResultFiles[]>;
}

export interface ResultFiles {
  /** The URL of the slice's folder, which holds its pages' `results/`. */
  folder: string;
  id: string;
}

const opened = new Map<string, Promise<ExactIndex>>();

export function openExactIndex(bundleUrl: string, language: Locale): Promise<ExactIndex> {
  const key = `${language} ${bundleUrl}`;
  let index = opened.get(key);
  if (!index) {
    index = open(bundleUrl, language);
    index.catch(() => opened.delete(key));
    opened.set(key, index);
  }
  return index;
}

interface Slice extends SliceEntry {
  /** Its first page's number. */
  offset: number;
  /** Its place among its language's slices: its listing in a `words/` file. */
  place: number;
}

async function open(bundleUrl: string, language: Locale): Promise<ExactIndex> {
  const layout = await fetchJson<BundleLayout>(`${bundleUrl}${LAYOUT_FILE}`);
  const offsets = sliceOffsets(layout.slices);
  const slices: Slice[] = layout.slices
    .map((slice, i) => ({ ...slice, offset: present(offsets[i], `the offset of slice ${i}`) }))
    .filter((slice) => slice.lang === language)
    .map((slice, place) => ({ ...slice, place }));
  const wordFiles = layout.wordFiles[language] ?? 1;
  /** The chunks of each slice that may hold words starting with a token. */
  const listedFor = (token: string) =>
    fetchJson<WordDirectory>(`${bundleUrl}${wordsPath(language, wordFileOf(token, wordFiles))}`);
  // A chunk's page numbers start from its slice's first page: its postings are the language's page numbers.
  const chunk = (slice: Slice, ref: IndexChunkRef) =>
    fetchPagefindCbor(`${bundleUrl}${slice.dir}${indexChunkPath(ref.hash)}`, (file, cbor) =>
      readIndexChunk(file, cbor, slice.offset),
    );
  const perSlice = async <T>(token: string, read: (slice: Slice, chunks: IndexChunkRef[]) => Promise<T>) => {
    // A language with no pages has no words/ files.
    if (slices.length === 0) return [];
    const listed = await listedFor(token);
    return Promise.all(slices.map((slice) => read(slice, chunkRefsOf(listed[slice.place]))));
  };
  return {
    layout,
    async postings(word) {
      const found = await perSlice(firstToken(word), async (slice, chunks) => {
        const holding = chunkHolding(chunks, word);
        return holding && (await chunk(slice, holding)).get(word);
      });
      return joinPostings(found);
    },
    async postingsStartingWith(token) {
      const found = await perSlice(token, async (slice, chunks) => {
        const read = await Promise.all(chunksWithPrefix(chunks, token).map((ref) => chunk(slice, ref)));
        return read.flatMap((held) =>
          [...held.words()]
            .filter((word) => firstToken(word) === token)
            .map((word) => present(held.get(word), `the postings of ${word}`)),
        );
      });
      return found.flat();
    },
    pagesWith: (filters) => pagesWith(bundleUrl, slices, filters),
    async resultsOf(pages) {
      return Promise.all(
        pages.map(async (page) => {
          const file = await fetchJson<string[]>(`${bundleUrl}${idsPath(idsFileOf(page))}`);
          // Pagefind names records uniquely within an index, not across slices: each slice has its own results/.
          const slice = present(
            slices.find(({ offset, pages: count }) => page >= offset && page < offset + count),
            `the slice of page ${page}`,
          );
          return {
            folder: `${bundleUrl}${slice.dir}`,
            id: present(file[page % IDS_PER_FILE], `the id of page ${page}`),
          };
        }),
      );
    },
  };
}

async function pagesWith(
  bundleUrl: string,
  slices: readonly Slice[],
  filters: Record<string, string>,
): Promise<Set<number> | undefined> {
  // No filter: no set of every page to build and look each hit up in.
  if (Object.keys(filters).length === 0) return undefined;
  const sets = await Promise.all(
    Object.entries(filters).map(async ([name, value]) => {
      const perSlice = await Promise.all(
        slices.map(async ({ dir, filters: chunks, offset }) => {
          const hash = chunks[name];
          if (!hash) return [];
          const values = await fetchPagefindFile(`${bundleUrl}${dir}${filterChunkPath(hash)}`, readFilterChunk);
          return (values.get(value) ?? []).map((page) => page + offset);
        }),
      );
      return new Set(perSlice.flat());
    }),
  );
  const every = slices.flatMap(({ offset, pages }) => Array.from({ length: pages }, (_, page) => offset + page));
  return new Set(every.filter((page) => sets.every((set) => set.has(page))));
}
