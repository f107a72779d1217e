import type { Layout } from './cards.ts';
import type { IndexMeta, Postings } from './pagefind-files.ts';

/**
 * The exact index of a large site is written as several Pagefind indexes, its slices, so that indexing holds one
 * slice at a time (Pagefind keeps a whole index in memory: about 1.2 GB per 1,000 texts, docs/benchmarks.md).
 * Each slice holds consecutive pages of the newest-first order; the first is at the bundle's root, as a site of
 * one slice has it, and `layout.json` names the metadata file of each further one. The browser reads them as one
 * index: a slice's page numbers follow those of the slices before it.
 */
export interface BundleLayout extends Layout {
  /** The metadata file of each slice after the first, from the bundle's root (`slice-1/pagefind.<hash>.pf_meta`). */
  slices?: string[];
}

export const sliceDir = (slice: number) => (slice === 0 ? '' : `slice-${slice}/`);

/** The slice a path inside the bundle belongs to, when it is in a further slice's folder. */
export function furtherSliceOf(pathInBundle: string): number | undefined {
  const slice = /^slice-(\d+)\//u.exec(pathInBundle)?.[1];
  return slice === undefined ? undefined : Number(slice);
}

/** The folder of a slice's files, from its metadata file's path. */
export const dirOfMeta = (metaFile: string) => metaFile.slice(0, metaFile.lastIndexOf('/') + 1);

/** The slices as one index: every page's id, each slice's first page number, each page's newest-first place. */
export function joinSlices(metas: readonly IndexMeta[]): {
  ids: string[];
  offsets: number[];
  order: Map<number, number>;
} {
  const ids: string[] = [];
  const offsets: number[] = [];
  const order = new Map<number, number>();
  for (const [slice, meta] of metas.entries()) {
    const offset = ids.length;
    offsets.push(offset);
    const sorted = meta.sorts.get('order') ?? [];
    if (sorted.length !== meta.pages.length)
      throw new Error(
        `search index incomplete: ${sorted.length} of ${meta.pages.length} pages of slice ${slice} in the order`,
      );
    // Slices are consecutive runs of the order, so a page's place is its place in its slice after the slices before.
    sorted.forEach((page, place) => order.set(offset + page, offset + place));
    for (const id of meta.pages) ids.push(id);
  }
  return { ids, offsets, order };
}

/** A slice's postings with its page numbers moved past the slices before it. */
export function shiftPostings(postings: Postings, offset: number): Postings {
  return offset === 0 ? postings : new Map([...postings].map(([page, positions]) => [page + offset, positions]));
}

/** The postings of one word in several slices, as one (their pages never overlap); undefined when none holds it. */
export function joinPostings(perSlice: readonly (Postings | undefined)[]): Postings | undefined {
  const held = perSlice.filter((postings) => postings !== undefined);
  if (held.length <= 1) return held[0];
  return new Map(held.flatMap((postings) => [...postings]));
}
