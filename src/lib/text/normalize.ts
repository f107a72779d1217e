import { isCjk } from './cjk.ts';

/**
 * Whitespace rules for text joined from print lines.
 *
 * - `body`: running text. Whitespace next to a CJK character is an extraction
 *   artefact (hard line breaks, letter-spaced columns such as `企 业 研 发`,
 *   `全区 90.2%`), so it goes. Whitespace between two Latin letters or digits
 *   separates words and becomes a single space.
 * - `display`: short display lines (headings, captions, bylines). A space
 *   between two Chinese phrases is a deliberate separator in headlines
 *   (`坚持战略思维 聚焦目标导向`) and stays, as one space; only letter-spaced
 *   runs (`核 心 提 示`) are closed up.
 *
 * Only whitespace is ever removed or collapsed: the other characters come out
 * exactly as they went in.
 */
export type SpacingMode = 'body' | 'display';

const WS = /[\s\u3000]+/gu;

export function normalizeSpacing(text: string, mode: SpacingMode): string {
  const trimmed = text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  const letterSpaced = mode === 'display' ? letterSpacedGaps(trimmed) : new Set<number>();
  return trimmed.replace(WS, (gap, offset: number) => {
    const before = [...trimmed.slice(0, offset)].at(-1) ?? '';
    const after = [...trimmed.slice(offset + gap.length)][0] ?? '';
    if (mode === 'body') return isCjk(before) || isCjk(after) ? '' : ' ';
    return letterSpaced.has(offset) ? '' : ' ';
  });
}

/**
 * Offsets of the gaps inside letter-spaced runs: three or more single CJK
 * characters each separated by whitespace, as in `核 心 提 示`.
 */
function letterSpacedGaps(text: string): Set<number> {
  const gaps = new Set<number>();
  const run = /(?:^|(?<=[\s\u3000]))[^\s\u3000](?:[\s\u3000]+[^\s\u3000](?=[\s\u3000]|$)){2,}/gu;
  for (const match of text.matchAll(run)) {
    const chars = [...match[0].replace(WS, '')];
    if (!chars.every(isCjk)) continue;
    const start = match.index;
    for (const gap of match[0].matchAll(WS)) gaps.add(start + gap.index);
  }
  return gaps;
}

/** Text with every whitespace character removed, for lossless comparisons. */
export function withoutWhitespace(text: string): string {
  return text.replace(WS, '');
}
