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

export function excerpt(text: string, query: string, context = 50): Excerpt | undefined {
  const index = text.indexOf(query);
  if (index === -1) return undefined;
  const chars = [...text];
  const offset = [...text.slice(0, index)].length;
  const length = [...query].length;
  const from = Math.max(0, offset - context);
  const to = Math.min(chars.length, offset + length + context);
  return {
    before: `${from > 0 ? '…' : ''}${chars.slice(from, offset).join('')}`,
    match: chars.slice(offset, offset + length).join(''),
    after: `${chars.slice(offset + length, to).join('')}${to < chars.length ? '…' : ''}`,
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
