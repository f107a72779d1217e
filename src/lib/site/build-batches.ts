/**
 * Building a large site in batches. Astro bundles every MDX page of a build as
 * a module, and the build's memory grows with them (2.9 GB at 1,000 texts,
 * docs/benchmarks.md), so a corpus of thousands of texts is built as several
 * `astro build` runs: each bundles and renders the pages of one batch, and
 * batch 0 also renders every page made from the whole corpus (home, lists,
 * data, figures) and runs last: the other batches' files are merged into its
 * output before the search index and the deploy files are written. Every batch
 * reads every page's frontmatter, so links, lists and counts are those of the
 * whole site. Pure: src/content-loaders, src/middleware.ts and the integrations
 * apply it; scripts/build.ts runs the batches.
 */

/**
 * Content entries (Chinese and English MDX pages) per batch: at 10,000 texts a batch of about 900 peaks at 3.0 GB
 * and one of 1,400 at 4.4 GB, and each batch has a fixed cost of about 35 s (docs/benchmarks.md, "Larger batches").
 */
export const ENTRIES_PER_BATCH = 1000;

/** One batch of a build: `index` of `count` (0-based). */
export interface BuildBatch {
  index: number;
  count: number;
}

/** How many batches a build of this many content entries takes (1: one ordinary build). */
export function batchCountFor(entries: number, perBatch = ENTRIES_PER_BATCH): number {
  return Math.max(1, Math.ceil(entries / perBatch));
}

/** `BUILD_BATCH=2/5` (the third of five): the batch this build renders, or undefined for the whole site. */
export function parseBuildBatch(value: string | undefined): BuildBatch | undefined {
  if (value === undefined || value === '') return undefined;
  const match = /^(?<index>\d+)\/(?<count>\d+)$/u.exec(value);
  const index = Number(match?.groups?.index);
  const count = Number(match?.groups?.count);
  if (!match || count < 1 || index >= count)
    throw new Error(`BUILD_BATCH=${value}: expected <batch>/<count> with 0 ≤ batch < count, such as 0/4`);
  return { index, count };
}

/**
 * What decides a page's batch: its slug, except that every chapter of a plan
 * goes with the plan (the plan's page lists the headings of all of them).
 */
export function batchKeyOfSlug(slug: string): string {
  const plan = /^plan\/[^/]+/u.exec(slug);
  return plan ? plan[0] : slug;
}

/**
 * The batch key of a page by its path under the base path (`en/parallel/reports/x/`,
 * `data/pages/plan/p/chapter-1.json`, `sources/x.txt`), or undefined for a page made
 * from the whole corpus.
 */
export function batchKeyOfPath(path: string): string | undefined {
  const within = path.replace(/^en\//u, '').replace(/^(?:parallel|data\/pages)\//u, '');
  const content = /^(?<slug>(?:reports|plan)\/[^?#]+?)(?:\/|\.json)?$/u.exec(within);
  if (content?.groups?.slug) return batchKeyOfSlug(content.groups.slug);
  const source = /^sources\/(?<id>[^/]+?)(?:\.txt|\/)$/u.exec(within);
  return source?.groups?.id ? `sources/${source.groups.id}` : undefined;
}

/**
 * The batch of a key: by its FNV-1a hash, so a key's batch needs nothing but the
 * key and the batch count (a loader sees one entry at a time).
 */
export function batchOfKey(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(key)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Whether a page with this batch key (undefined: made from the whole corpus) is rendered by this build. */
export function rendersInBatch(batch: BuildBatch | undefined, key: string | undefined): boolean {
  if (!batch) return true;
  return key === undefined ? batch.index === 0 : batchOfKey(key, batch.count) === batch.index;
}

/** Whether this build writes what needs the whole site (search index, sitemap): a build without batches, or batch 0. */
export function finishesBuild(batch: BuildBatch | undefined): boolean {
  return !batch || batch.index === 0;
}
