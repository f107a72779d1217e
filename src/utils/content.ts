import { getCollection, type CollectionEntry } from 'astro:content';

export type ZhEntry = CollectionEntry<'zh'>;

let cached: Promise<ZhEntry[]> | undefined;

/** All Chinese pages, sorted by slug so every build lists them in the same order. */
export function zhPages(): Promise<ZhEntry[]> {
  cached ??= getCollection('zh').then((entries) => entries.sort((a, b) => (a.data.slug < b.data.slug ? -1 : 1)));
  return cached;
}
