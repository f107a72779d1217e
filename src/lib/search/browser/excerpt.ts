/**
 * An excerpt around the first occurrence of the query in a block of text:
 * about `context` characters each side, cut at the block's ends or marked
 * with an ellipsis, so the match can be highlighted exactly as written.
 */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Where the match starts in the block, in characters (code points). */
  offset: number;
}

/** Characters of context each side of a match. */
export const EXCERPT_CONTEXT = 50;

export function excerpt(text: string, query: string, context = EXCERPT_CONTEXT): Excerpt | undefined {
  const index = text.indexOf(query);
  if (index === -1) return undefined;
  const whole = { text, from: 0, length: [...text].length };
  return excerptAt(whole, [...text.slice(0, index)].length, query, context);
}

/**
 * The excerpt around a match known to start at `offset` in a block, cut from the part of the block's text at
 * hand (a slice of a long block): an ellipsis wherever the excerpt stops short of the block's ends.
 */
export function excerptAt(
  part: { text: string; from: number; length: number },
  offset: number,
  query: string,
  context = EXCERPT_CONTEXT,
): Excerpt {
  const chars = [...part.text];
  const at = offset - part.from;
  const length = [...query].length;
  const from = Math.max(0, at - context);
  const to = Math.min(chars.length, at + length + context);
  return {
    before: `${part.from + from > 0 ? '…' : ''}${chars.slice(from, at).join('')}`,
    match: chars.slice(at, at + length).join(''),
    after: `${chars.slice(at + length, to).join('')}${part.from + to < part.length ? '…' : ''}`,
    offset,
  };
}

/** Every occurrence of the query in the text, as code-point ranges. */
export function occurrences(text: string, query: string): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  const length = [...query].length;
  for (let i = text.indexOf(query); i !== -1 && query.length > 0; i = text.indexOf(query, i + 1)) {
    const from = [...text.slice(0, i)].length;
    ranges.push({ from, to: from + length });
  }
  return ranges;
}
