/**
 * The glob loader, for a build in batches (src/lib/site/build-batches.ts): every
 * entry is loaded with its frontmatter, but only the entries of this
 * build's batch (BUILD_BATCH) are MDX modules to bundle and render. Astro bundles
 * an entry only when it is marked for deferred rendering, so an entry of another
 * batch is stored without the mark, and the pages of this batch cannot render it.
 *
 * Every batch compiles the whole data store as one module, so a batch other than 0 keeps of the entries it does
 * not render only what its own pages read of them (`othersKeep`): the pages made from the whole corpus, which read
 * every entry whole, are all rendered by batch 0.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { batchKeyOfSlug, parseBuildBatch, rendersInBatch } from '../lib/site/build-batches.ts';

type Data = Record<string, unknown>;

export interface BatchedGlobOptions {
  /** What a batch other than 0 keeps of an entry's data when it does not render the entry (default: all of it). */
  othersKeep?: (data: Data) => Data;
}

/** Marks the digest of an entry stored with `othersKeep`'s data, so that a batch that needs it whole reads it again. */
const KEPT_IN_PART = '#part';

export function batchedGlob(options: Parameters<typeof glob>[0], { othersKeep }: BatchedGlobOptions = {}): Loader {
  const inner = glob(options);
  const batch = parseBuildBatch(process.env.BUILD_BATCH);
  // A Chinese page names its slug; an English one is at the same path, which is its id.
  const renders = ({ id, data }: { id: string; data: Data }) =>
    rendersInBatch(batch, batchKeyOfSlug(typeof data.slug === 'string' ? data.slug : id));
  const keptInPart = (entry: { id: string; data: Data }) =>
    othersKeep !== undefined && batch !== undefined && batch.index > 0 && !renders(entry);
  const storedInPart = (digest: unknown) => typeof digest === 'string' && digest.endsWith(KEPT_IN_PART);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        store: {
          ...context.store,
          // Astro's data store outlives a build (it is cached): an entry stored by another batch, or by a build
          // without batches, is read again when it is marked or kept otherwise than this batch needs.
          get: <TData extends Data>(id: string) => {
            const entry = context.store.get<TData>(id);
            if (!entry) return undefined;
            if (Boolean(entry.deferredRender) !== renders(entry)) return undefined;
            if (storedInPart(entry.digest) !== keptInPart(entry)) return undefined;
            // The loader compares the digest with its file's: give it the file's.
            return storedInPart(entry.digest)
              ? { ...entry, digest: String(entry.digest).slice(0, -KEPT_IN_PART.length) }
              : entry;
          },
          set: (entry) => {
            const marked = entry.deferredRender && !renders(entry) ? { ...entry, deferredRender: undefined } : entry;
            const kept =
              othersKeep && keptInPart(entry)
                ? { ...marked, data: othersKeep(marked.data), digest: `${String(marked.digest)}${KEPT_IN_PART}` }
                : marked;
            // The store keeps an entry whose digest it already holds, marked as it was: take that one out first.
            const stored = context.store.get(entry.id);
            if (stored && Boolean(stored.deferredRender) !== Boolean(kept.deferredRender))
              context.store.delete(entry.id);
            return context.store.set(kept);
          },
        },
      }),
  };
}
