import { stem } from 'porter2';

/**
 * Whether Pagefind's match of an English query word is a real one. Pagefind answers a word it does not hold
 * with a shorter prefix of it ("photosynthesis" finds "photo", "onerror" finds "one"), so a matched word counts
 * only if it is the query word, begins with it, or has its stem (Porter2, the stemmer Pagefind indexes with).
 */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function matchesQueryWord(queryWord: string, matched: string): boolean {
  return matched.startsWith(queryWord) || stem(matched) === stem(queryWord);
}

/** The words of a result's text that Pagefind matched (its `locations` count the words of `content`). */
export function matchedWords(data: { content: string; locations?: readonly number[] }): Set<string> {
  const words = data.content.split(/\s+/).filter(Boolean);
  return new Set((data.locations ?? []).flatMap((at) => wordsOf(words[at] ?? '')));
}

/** Whether every word of the query is among a result's matched words (held, begun or stemmed alike). */
export function holdsEveryWord(query: string, matched: ReadonlySet<string>): boolean {
  return wordsOf(query).every((q) => [...matched].some((m) => matchesQueryWord(q, m)));
}
