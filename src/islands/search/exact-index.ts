import { LAYOUT_FILE, type Layout } from '../../lib/search/browser/cards.ts';
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

async function open(bundleUrl: string): Promise<ExactIndex> {
  const [meta, layout] = await Promise.all([
    fetchJson(`${bundleUrl}${ENTRY_FILE}`).then((entry) =>
      fetchPagefindFile(`${bundleUrl}${metaFileOf(entry)}`, readMeta),
    ),
    fetchJson<Layout>(`${bundleUrl}${LAYOUT_FILE}`),
  ]);
  const order = new Map((meta.sorts.get('order') ?? []).map((page, place) => [page, place]));
  if (order.size !== meta.pages.length)
    throw new Error(`search index incomplete: ${order.size} of ${meta.pages.length} pages in the order`);
  const chunk = (hash: string) => fetchPagefindFile(`${bundleUrl}${indexChunkPath(hash)}`, readIndexChunk);
  return {
    layout,
    ids: meta.pages,
    order,
    async postings(word) {
      const holding = chunkHolding(meta.chunks, word);
      return holding && (await chunk(holding.hash)).get(word);
    },
    async postingsStartingWith(token) {
      const chunks = await Promise.all(chunksWithPrefix(meta.chunks, token).map((c) => chunk(c.hash)));
      return chunks.flatMap((words) =>
        [...words].filter(([word]) => firstToken(word) === token).map(([, postings]) => postings),
      );
    },
    pagesWith: (filters) => pagesWith(bundleUrl, meta, filters),
  };
}

async function pagesWith(bundleUrl: string, meta: IndexMeta, filters: Record<string, string>): Promise<Set<number>> {
  const sets = await Promise.all(
    Object.entries(filters).map(async ([name, value]) => {
      const hash = meta.filters.get(name);
      if (!hash) return new Set<number>();
      return new Set((await fetchPagefindFile(`${bundleUrl}${filterChunkPath(hash)}`, readFilterChunk)).get(value));
    }),
  );
  return sets.reduce((all, set) => new Set([...all].filter((page) => set.has(page))), new Set(meta.pages.keys()));
}
