/**
 * What the words around a figure say, in both languages: a bound (超过, 约, 以上, ≥ …) the English must keep, and
 * the calques of 倍 the style guide rules out ("an increase of 4.3 times over 2018" where 4.3 times the 2018
 * level is meant; docs/translation-style.md, "Multiples").
 */
import { BOUND_WORDS, LEADING_BOUND_WORDS, TRAILING_BOUND_WORDS, boundWordsIn } from '../text/quantities.ts';
import type { FigureMark } from './aligned-passages.ts';

/** The bound words a Chinese figure states: in its own text (50%以上, ≥6.1, 30余家) or right before it (超过<Fig>). */
export function chineseBounds(raw: string, mark: FigureMark | undefined): string[] {
  const words = new Set(boundWordsIn(raw));
  const before = mark?.before.trimEnd() ?? '';
  for (const word of LEADING_BOUND_WORDS) if (before.endsWith(word)) words.add(word);
  const after = mark?.after.trimStart() ?? '';
  for (const word of TRAILING_BOUND_WORDS) if (after.startsWith(word) && !raw.endsWith(word)) words.add(word);
  return [...words];
}

/** The Chinese bound words whose meaning the English figure, with the words right before and after it, does not say. */
export function boundsLostInEnglish(bounds: readonly string[], english: FigureMark): string[] {
  const text = ` ${english.before.slice(-16)} ${english.text} ${english.after.slice(0, 12)} `.toLowerCase();
  const says = (phrase: string) => new RegExp(`(?<![a-z])${phrase}(?![a-z])`, 'u').test(text);
  // A sign kept as it is (≥6.1 for ≥6.1) says its bound too.
  const signs = new Set(boundWordsIn(english.text));
  return bounds.filter((word) => !signs.has(word) && !(BOUND_WORDS[word]?.prose ?? []).some(says));
}

// "an increase of", "a growth of", "increased by", "grew by", "rose by", "up by", or a bare "up" just before the figure
// (a bound may stand between: "an increase of nearly 5 times").
const INCREASE_BEFORE =
  /(?:\b(?:an?\s+)?(?:increase|growth|rise|jump)\s+(?:of|by)|\b(?:increased|grew|rose|went up|up)(?:\s+by)?)(?:\s+(?:nearly|almost|about|around|over|more than))?\s*$/i;
// ... unless it says of what: "an increase of 21.4 times their previous number" (the style guide allows it where meant).
const BASE_AFTER = /^\s*(?:the|its|their|that|those)\b/i;

/** The calque, when an English "X times" is worded as an increase with no base ("an increase of 4.3 times over 2018"). */
export function multipleCalque(english: FigureMark): string | undefined {
  if (!/\btimes\b|-fold\b/i.test(english.text)) return undefined;
  const increase = INCREASE_BEFORE.exec(english.before);
  if (!increase || BASE_AFTER.test(english.after)) return undefined;
  return `${increase[0].trim()} ${english.text}`;
}
