import { present } from '../assert.ts';

/** A sentence of a passage, with its offsets in the unit's text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Sentences end at 。！？ (and their half-width forms), together with any closing
 * quotation marks that follow: `…发展。”黔江区…` ends after the ”.
 */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  const boundary = /[。！？!?]+[”’」』）)]*/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (end > start) result.push({ text: text.slice(start, end), start, end });
    start = end;
  }
  if (start < text.length) result.push({ text: text.slice(start), start, end: text.length });
  return result;
}

/**
 * A text's sentences, found by offset in logarithmic time: a paragraph can hold thousands of sentences and
 * figures, and looking each figure's sentence up from the start made extraction quadratic in its length.
 */
export interface SentenceIndex {
  list: Sentence[];
  /** The index of the sentence that contains an offset, or -1 (an offset outside the text). */
  at(offset: number): number;
  /** The index of the first sentence that starts at or after an offset (`list.length` if none). */
  firstFrom(offset: number): number;
}

export function sentenceIndex(text: string): SentenceIndex {
  const list = sentences(text);
  // The first index whose sentence starts after `offset` (the list is in text order, without gaps).
  const firstAfter = (offset: number, orAt: boolean) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const start = present(list[mid], `sentence ${mid}`).start;
      if (start > offset || (orAt && start === offset)) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  return {
    list,
    at: (offset) => {
      const index = firstAfter(offset, false) - 1;
      const sentence = list[index];
      return sentence && offset < sentence.end ? index : -1;
    },
    firstFrom: (offset) => firstAfter(offset, true),
  };
}
