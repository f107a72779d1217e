import { LAYOUT_FILE, type Layout } from '../../lib/search/browser/cards.ts';
import {
  dirOfMeta,
  joinPostings,
  joinSlices,
  shiftPostings,
  type BundleLayout,
} from '../../lib/search/browser/slices.ts';
import { present } from '../../lib/assert.ts';
import {
  chunkHolding,
  chunksWithPrefix,
  ENTRY_FILE,
  filterChunkPath,
  indexChunkPath,
  metaFileOf,
  readFilterChunk,
  readIndexChunk,
  readMeta,
  type IndexMeta,
  type Postings,
} from '../../lib/search/browser/pagefind-files.ts';
import { firstToken } from '../../lib/search/browser/tokens.ts';
import { fetchJson, fetchPagefindFile } from './files.ts';

/**
 * The exact index in the browser: the exact bundle's files, read with the site's own reader rather than
 * Pagefind's runtime, so every place a query's pairs stand comes at once (why: src/lib/search/README.md).
 */
export interface ExactIndex {
  layout: Layout;
  /** Page number → Pagefind's id of the page (its result files are named by it). */
  ids: readonly string[];
  /** Page number → its place in the newest-first order. */
  order: Map<number, number>;
  /** A word's postings; undefined when no page holds it. */
  postings(word: string): Promise<Postings | undefined>;
  /** The postings of every word that starts with a token (a one-character query). */
  postingsStartingWith(token: string): Promise<Postings[]>;
  /** The pages with all these filter values. */
  pagesWith(filters: Record<string, string>): Promise<Set<number>>;
}

const opened = new Map<string, Promise<ExactIndex>>();

export function openExactIndex(bundleUrl: string): Promise<ExactIndex> {
  let index = opened.get(bundleUrl);
  if (!index) {
    index = open(bundleUrl);
    index.catch(() => opened.delete(bundleUrl));
    opened.set(bundleUrl, index);
  }
  return index;
}

interface Slice {
  /** Its folder in the bundle ('' for the first, at the root). */
  dir: string;
  meta: IndexMeta;
  /** Its first page's number in the joined index. */
  offset: number;
}

async function open(bundleUrl: string): Promise<ExactIndex> {
  const metaAt = (file: string) => fetchPagefindFile(`${bundleUrl}${file}`, readMeta);
  // The first slice's metadata and the layout, which names the further slices', in parallel (slices.ts).
  const [first, [layout, further]] = await Promise.all([
    fetchJson(`${bundleUrl}${ENTRY_FILE}`).then((entry) => metaAt(metaFileOf(entry))),
    fetchJson<BundleLayout>(`${bundleUrl}${LAYOUT_FILE}`).then(
      async (layout) => [layout, await Promise.all((layout.slices ?? []).map(metaAt))] as const,
    ),
  ]);
  const metas = [first, ...further];
  const dirs = ['', ...(layout.slices ?? []).map(dirOfMeta)];
  const { ids, offsets, order } = joinSlices(metas);
  const slices: Slice[] = metas.map((meta, i) => ({
    dir: present(dirs[i], `the folder of slice ${i}`),
    meta,
    offset: present(offsets[i], `the offset of slice ${i}`),
  }));
  const chunk = (slice: Slice, hash: string) =>
    fetchPagefindFile(`${bundleUrl}${slice.dir}${indexChunkPath(hash)}`, readIndexChunk);
  return {
    layout,
    ids,
    order,
    async postings(word) {
      return joinPostings(
        await Promise.all(
          slices.map(async (slice) => {
            const holding = chunkHolding(slice.meta.chunks, word);
            const postings = holding && (await chunk(slice, holding.hash)).get(word);
            return postings && shiftPostings(postings, slice.offset);
          }),
        ),
      );
    },
    async postingsStartingWith(token) {
      const perSlice = await Promise.all(
        slices.map(async (slice) => {
          const chunks = await Promise.all(chunksWithPrefix(slice.meta.chunks, token).map((c) => chunk(slice, c.hash)));
          return chunks.flatMap((words) =>
            [...words]
              .filter(([word]) => firstToken(word) === token)
              .map(([, postings]) => shiftPostings(postings, slice.offset)),
          );
        }),
      );
      return perSlice.flat();
    },
    pagesWith: (filters) => pagesWith(bundleUrl, slices, ids.length, filters),
  };
}

async function pagesWith(
  bundleUrl: string,
  slices: readonly Slice[],
  pageCount: number,
  filters: Record<string, string>,
): Promise<Set<number>> {
  const sets = await Promise.all(
    Object.entries(filters).map(async ([name, value]) => {
      const perSlice = await Promise.all(
        slices.map(async ({ dir, meta, offset }) => {
          const hash = meta.filters.get(name);
          if (!hash) return [];
          const values = await fetchPagefindFile(`${bundleUrl}${dir}${filterChunkPath(hash)}`, readFilterChunk);
          return (values.get(value) ?? []).map((page) => page + offset);
        }),
      );
      return new Set(perSlice.flat());
    }),
  );
  return sets.reduce(
    (all, set) => new Set([...all].filter((page) => set.has(page))),
    new Set(Array.from({ length: pageCount }, (_, page) => page)),
  );
}
