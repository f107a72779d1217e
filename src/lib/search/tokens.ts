/**
 * Exact search on top of Pagefind: every block of text is indexed as the
 * sequence of its overlapping character pairs, and a query is searched as the
 * phrase of its pairs, so a page matches exactly when its text contains the
 * query literally (see docs in README, "Search").
 *
 * Pagefind keeps only letters and digits of a word, so every character that is
 * not a Han character is written as `q<hex code point>q` (`.` is `q2eq`): the
 * pairs of 2.3% stay distinct from those of 23. Han characters stand for
 * themselves. The encoding is reversible, so excerpts are decoded from the
 * indexed content itself, with the original characters and case.
 */
const HAN = /\p{Script=Han}/u;
/** Ends a block: the last character's pair, so a one-character query finds it there too. */
const END = 'qzq';

export function encodeChar(ch: string): string {
  return HAN.test(ch) ? ch : `q${ch.codePointAt(0)!.toString(16)}q`;
}

/** Text as it is compared: NFC, whitespace runs as one space, no zero-width characters, trimmed. */
export function normaliseQuery(text: string): string {
  return text.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** The words a block is indexed as: one per character, that character and the next (or the end mark). */
export function blockWords(text: string): string[] {
  const chars = [...text];
  return chars.map((ch, i) => encodeChar(ch) + (i + 1 < chars.length ? encodeChar(chars[i + 1]!) : END));
}

/** A record's content: its blocks' words, in order. A phrase cannot run across two blocks (each ends with the end mark). */
export function recordContent(blocks: readonly string[]): string {
  return blocks.map((b) => blockWords(b).join(' ')).join(' ');
}

export interface QueryWords {
  /** Pagefind query that matches exactly the records containing the text. */
  exact: string;
  /** The same words unquoted: Pagefind then reports every position of each, for counting occurrences. */
  loose: string;
  /** How many words a match spans. */
  span: number;
  /** A one-character query: `exact` is a prefix of the words to find, not a word. */
  prefix: boolean;
}

export function queryWords(query: string): QueryWords | undefined {
  const chars = [...normaliseQuery(query)];
  if (chars.length === 0) return undefined;
  if (chars.length === 1) {
    // One character: every word that starts with it (Pagefind matches words by prefix).
    const word = encodeChar(chars[0]!);
    return { exact: word, loose: word, span: 1, prefix: true };
  }
  const words = chars.slice(0, -1).map((ch, i) => encodeChar(ch) + encodeChar(chars[i + 1]!));
  return { exact: `"${words.join(' ')}"`, loose: words.join(' '), span: words.length, prefix: false };
}

/** The text of each block of a record, decoded from its indexed content. */
export function decodeContent(content: string): string[] {
  const blocks: string[] = [];
  let current = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const [first, second] = decodeWord(word);
    current += first;
    if (second === undefined) {
      blocks.push(current);
      current = '';
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

/** A word's two characters; the second is undefined for the end mark. */
function decodeWord(word: string): [string, string | undefined] {
  const chars: (string | undefined)[] = [];
  for (let i = 0; i < word.length && chars.length < 2; ) {
    if (word[i] === 'q') {
      const close = word.indexOf('q', i + 1);
      const hex = word.slice(i + 1, close);
      chars.push(hex === 'z' ? undefined : String.fromCodePoint(Number.parseInt(hex, 16)));
      i = close + 1;
    } else {
      const ch = String.fromCodePoint(word.codePointAt(i)!);
      chars.push(ch);
      i += ch.length;
    }
  }
  return [chars[0] ?? '', chars[1]];
}

/**
 * How many times a phrase of `span` words occurs, from the positions Pagefind
 * reports for the loose query: every position that starts a run of `span`
 * consecutive matched positions.
 */
export function countOccurrences(positions: readonly number[], span: number): number {
  const set = new Set(positions);
  let count = 0;
  for (const p of set) {
    let run = true;
    for (let k = 1; k < span && run; k += 1) run = set.has(p + k);
    if (run) count += 1;
  }
  return count;
}
