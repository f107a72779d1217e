/**
 * The glob loader, for a build in batches (src/lib/site/build-batches.ts): every
 * entry is loaded with its frontmatter, but only the entries of this
 * build's batch (BUILD_BATCH) are MDX modules to bundle and render. Astro bundles
 * an entry only when it is marked for deferred rendering, so an entry of another
 * batch is stored without the mark, and the pages of this batch cannot render it.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { batchKeyOfSlug, parseBuildBatch, rendersInBatch } from '../lib/site/build-batches.ts';

export function batchedGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  const batch = parseBuildBatch(process.env.BUILD_BATCH);
  // A Chinese page names its slug; an English one is at the same path, which is its id.
  const renders = ({ id, data }: { id: string; data: Record<string, unknown> }) =>
    rendersInBatch(batch, batchKeyOfSlug(typeof data.slug === 'string' ? data.slug : id));
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        store: {
          ...context.store,
          // Astro's data store outlives a build (it is cached): an entry stored by another batch, or by a build
          // without batches, is read again when it is marked otherwise than this batch needs.
          get: <TData extends Record<string, unknown>>(id: string) => {
            const entry = context.store.get<TData>(id);
            return entry && Boolean(entry.deferredRender) === renders(entry) ? entry : undefined;
          },
          set: (entry) => {
            const marked = entry.deferredRender && !renders(entry) ? { ...entry, deferredRender: undefined } : entry;
            // The store keeps an entry whose digest it already holds, marked as it was: take that one out first.
            const stored = context.store.get(entry.id);
            if (stored && Boolean(stored.deferredRender) !== Boolean(marked.deferredRender))
              context.store.delete(entry.id);
            return context.store.set(marked);
          },
        },
      }),
  };
}
