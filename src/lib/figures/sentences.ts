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

/** The sentence that contains an offset. */
export function sentenceAt(text: string, offset: number): Sentence {
  return sentences(text).find((s) => offset >= s.start && offset < s.end) ?? { text, start: 0, end: text.length };
}
