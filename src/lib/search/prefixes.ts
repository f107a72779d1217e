import { PAD } from './tokens.ts';

/**
 * A one-character query is searched as a prefix: every indexed pair word that
 * starts with that character. Pagefind, though, loads only the first index
 * chunk whose range holds the prefix (`request_indexes` in pagefind_web), so
 * when a character's pair words span several chunks the rest go unsearched and
 * pages are silently missed. The index therefore ships, per character, the
 * list of its pair words (in 64 small bucket files): the browser preloads the
 * chunks holding all of them before the prefix search, which then sees every
 * word.
 */
export const PREFIX_DIR = 'prefixes';
const BUCKETS = 64;

/** A pair word's first character as encoded (`綦` or `q2eq`). */
export function firstToken(word: string): string {
  if (word.startsWith('q')) return word.slice(0, word.indexOf('q', 1) + 1);
  return String.fromCodePoint(word.codePointAt(0)!);
}

/** The bucket file a character's words are in. */
export function bucketOf(token: string): number {
  const code = token.startsWith('q') && token.length > 2 ? Number.parseInt(token.slice(1, -1), 16) : token.codePointAt(0)!;
  return code % BUCKETS;
}

/** Bucket number → { first character → its pair words, sorted }, from the records' indexed content. */
export function prefixBuckets(contents: readonly string[]): Map<number, Record<string, string[]>> {
  const words = new Map<string, Set<string>>();
  for (const content of contents) {
    for (const word of content.split(' ')) {
      if (!word || word === PAD) continue;
      const token = firstToken(word);
      if (!words.has(token)) words.set(token, new Set());
      words.get(token)!.add(word);
    }
  }
  const buckets = new Map<number, Record<string, string[]>>();
  for (const token of [...words.keys()].sort()) {
    const bucket = bucketOf(token);
    if (!buckets.has(bucket)) buckets.set(bucket, {});
    buckets.get(bucket)![token] = [...words.get(token)!].sort();
  }
  return buckets;
}
