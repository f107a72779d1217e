/**
 * The words of the exact index: a block of text as its overlapping character pairs, each character other than
 * Han written as `q<hex>q` (design: src/lib/search/README.md).
 */
import { present } from '../../assert.ts';

const HAN = /\p{Script=Han}/u;
/** Ends a block: the last character's pair, so a one-character query finds it there too. */
const END = 'qzq';
/** Fills a record up to the next region (documents.ts): a word that takes a position but is not indexed. */
export const PAD = '-';

export function encodeChar(ch: string): string {
  return HAN.test(ch) ? ch : `q${present(ch.codePointAt(0), 'a character').toString(16)}q`;
}

/** Text as it is compared: NFC, whitespace runs as one space, no zero-width characters, trimmed. */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words a block is indexed as: one per character, that character and the next (or the end mark). */
export function blockWords(text: string): string[] {
  const chars = [...text];
  return chars.map((ch, i) => {
    const next = chars[i + 1];
    return encodeChar(ch) + (next !== undefined ? encodeChar(next) : END);
  });
}

/** A pair word's first character as encoded (`綦` or `q2eq`): a one-character query finds the words starting with it. */
export function firstToken(word: string): string {
  if (word.startsWith('q')) return word.slice(0, word.indexOf('q', 1) + 1);
  return String.fromCodePoint(present(word.codePointAt(0), 'a word'));
}

export interface QueryWords {
  /** The pair words of the query, in order (one word for a one-character query). */
  words: string[];
  /** A one-character query: its word is a prefix of the words to find, not a word. */
  prefix: boolean;
}

export function queryWords(query: string): QueryWords | undefined {
  const text = normaliseQuery(query);
  const [first, ...rest] = text;
  if (first === undefined) return undefined;
  // One character: every word that starts with it (firstToken).
  if (rest.length === 0) return { words: [encodeChar(first)], prefix: true };
  // The block's words but the last, which pairs the last character with the end mark.
  return { words: blockWords(text).slice(0, -1), prefix: false };
}

/**
 * The words that pin a phrase down: every character of the query is in one of
 * them (the first, every second, and the last), so a place where each of them
 * stands at its offset holds the whole query. Fewer comparisons than all words.
 */
export function coverOffsets(words: readonly unknown[]): number[] {
  const offsets = words.map((_, i) => i).filter((i) => i % 2 === 0);
  if (words.length > 0 && offsets.at(-1) !== words.length - 1) offsets.push(words.length - 1);
  return offsets;
}

/** A phrase's cover (coverOffsets) as its words, each with its offset in the phrase. */
export function coverWords(words: readonly string[]): { offset: number; word: string }[] {
  return coverOffsets(words).map((offset) => ({ offset, word: present(words[offset], `word ${offset + 1}`) }));
}

/**
 * Where a phrase starts in one record, given the positions of the words at
 * some of its offsets (a cover), each ascending: every p with each word at
 * p + its offset, ascending. Exact, unlike runs in a search for all the words
 * at once, which cannot tell which word stands at a position (ABA and BAB give
 * the same runs). A merge of the sorted positions rather than sets: a frequent
 * phrase is matched on most pages of a large index, where a set per word and
 * page (and the garbage it left) was a large share of a query's time
 * (docs/benchmarks.md, "Fewer allocations per matching page"). One word at
 * offset 0 is its own positions, returned as they are.
 */
export function phraseStarts(parts: readonly { offset: number; positions: readonly number[] }[]): readonly number[] {
  const first = parts[0];
  if (!first) return [];
  if (parts.length === 1 && first.offset === 0) return first.positions;
  // Plain loops, no list of the other parts: this runs for every page that holds the whole cover.
  const next = parts.map(() => 0);
  const starts: number[] = [];
  positions: for (const position of first.positions) {
    const start = position - first.offset;
    for (let i = 1; i < parts.length; i++) {
      const { offset, positions: theirs } = present(parts[i], 'a part');
      let at = present(next[i], 'a cursor per part');
      while (at < theirs.length && present(theirs[at], 'a position') < start + offset) at++;
      next[i] = at;
      if (theirs[at] !== start + offset) continue positions;
    }
    starts.push(start);
  }
  return starts;
}
