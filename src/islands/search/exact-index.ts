import { LAYOUT_FILE, type Layout } from '../../lib/search/browser/cards.ts';
import {
  idsFileOf,
  idsPath,
  IDS_PER_FILE,
  sliceOffsets,
  wordFileOf,
  wordsPath,
  type BundleLayout,
  type SliceEntry,
} from '../../lib/search/browser/slices.ts';
import { present } from '../../lib/assert.ts';
import { filterChunkPath, readFilterChunk, type Postings } from '../../lib/search/browser/pagefind-files.ts';
import {
  fileHolding,
  filesWithPrefix,
  postingsPath,
  readPostingsFile,
  type PostingsDirectory,
} from '../../lib/search/browser/postings-files.ts';
import { firstToken } from '../../lib/search/browser/tokens.ts';
import type { Locale } from '../../lib/site/locale.ts';
import { fetchBytes, fetchJson, fetchPagefindFile } from './files.ts';

/**
 * The exact index of one language in the browser: its postings files (one for all its slices), and its slices'
 * filters and result files, read with the site's own readers rather than Pagefind's runtime, so every place a
 * query's pairs stand comes at once (why: src/lib/search/README.md). A page number is the page's place in the
 * index's order (newest first), across slices.
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
}

async function open(bundleUrl: string, language: Locale): Promise<ExactIndex> {
  const layout = await fetchJson<BundleLayout>(`${bundleUrl}${LAYOUT_FILE}`);
  const offsets = sliceOffsets(layout.slices);
  const slices: Slice[] = layout.slices
    .map((slice, i) => ({ ...slice, offset: present(offsets[i], `the offset of slice ${i}`) }))
    .filter((slice) => slice.lang === language);
  const wordFiles = layout.wordFiles[language];
  /** The postings files of the words starting with a token; none for a language with no pages. */
  const listedFor = async (token: string): Promise<PostingsDirectory> =>
    wordFiles === undefined
      ? []
      : fetchJson<PostingsDirectory>(`${bundleUrl}${wordsPath(language, wordFileOf(token, wordFiles))}`);
  const postingsFile = (name: string) => fetchBytes(`${bundleUrl}${postingsPath(name)}`, readPostingsFile);
  return {
    layout,
    async postings(word) {
      const name = fileHolding(await listedFor(firstToken(word)), word);
      return name === undefined ? undefined : (await postingsFile(name)).get(word);
    },
    async postingsStartingWith(token) {
      const files = await Promise.all(filesWithPrefix(await listedFor(token), token).map(postingsFile));
      return files.flatMap((file) =>
        [...file.words()]
          .filter((word) => firstToken(word) === token)
          .map((word) => present(file.get(word), `the postings of ${word}`)),
      );
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
