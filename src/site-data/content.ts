import { getCollection, type CollectionEntry } from 'astro:content';
import { observationsNotInText } from '../lib/indicators/check.ts';
import { freshnessError } from '../lib/mdx/freshness.ts';
import { allSources } from './sources.ts';
import { bodyOf } from './bodies.ts';

export type ZhEntry = CollectionEntry<'zh'>;

let cached: Promise<ZhEntry[]> | undefined;

/**
 * All Chinese pages, sorted by slug so every build lists them in the same order.
 * The build stops if a page was made from another version of its source text
 * (run `npm run ingest`), or if a page's observation cites a paragraph without its value.
 */
export function zhPages(): Promise<ZhEntry[]> {
  cached ??= getCollection('zh').then((entries) => {
    const stale = freshnessError(
      entries.map((entry) => ({
        page: entry.filePath ?? entry.id,
        sourceId: entry.data.source.id,
        sha256: entry.data.source.sha256,
      })),
      allSources(),
    );
    if (stale) throw stale;
    // A page without observations (or with none kept: src/content-loaders/batched-glob.ts) has nothing to check.
    const problems = entries.flatMap((entry) =>
      (entry.data.observations.length === 0 ? [] : observationsNotInText(bodyOf(entry), entry.data.observations)).map(
        (problem) => `${entry.filePath ?? entry.id}: ${problem}`,
      ),
    );
    if (problems.length > 0)
      throw new Error(`Indicator observations that their paragraphs do not support:\n  ${problems.join('\n  ')}`);
    return entries.sort((a, b) => (a.data.slug < b.data.slug ? -1 : 1));
  });
  return cached;
}

let data: Promise<ZhEntry['data'][]> | undefined;

/** The frontmatter of every Chinese page, in the order of zhPages(); made once, as every content page reads it. */
export function zhPageData(): Promise<ZhEntry['data'][]> {
  data ??= zhPages().then((entries) => entries.map((entry) => entry.data));
  return data;
}
