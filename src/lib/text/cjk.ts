/**
 * Character classes for Chinese text as it comes out of print extraction.
 * "CJK" here means anything that is set without spaces in Chinese typography:
 * Han ideographs, CJK and full-width punctuation, and the curly quotes and
 * dashes Chinese text borrows from General Punctuation.
 */

const HAN = /\p{Script=Han}/u;
// CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms, CJK Compatibility Forms, Vertical Forms.
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\ufe30-\ufe4f\ufe10-\ufe1f]/u;
// General Punctuation used inside Chinese sentences: ‘ ’ “ ” — … · and bullets.
const SHARED_PUNCT = /[\u2010-\u2027\u2030-\u205e\u00b7\u25cf\u2022]/u;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** True for a character that Chinese typography sets without surrounding spaces. */
export function isCjk(ch: string): boolean {
  return HAN.test(ch) || CJK_PUNCT.test(ch) || SHARED_PUNCT.test(ch);
}

/**
 * Characters that can end a paragraph. A line that ends with anything else
 * was broken by the layout (or cut off), so the text goes on.
 */
const PARAGRAPH_END = new Set([...'。！？!?…”’」』）)；;：:】》>']);

export function endsParagraph(text: string): boolean {
  const last = [...text.trimEnd()].at(-1);
  return last !== undefined && PARAGRAPH_END.has(last);
}

/** Sentence-internal punctuation that a standalone title line never contains. */
const CLAUSE_PUNCT = /[，,。；;！？!?]/u;

export function hasClausePunctuation(text: string): boolean {
  return CLAUSE_PUNCT.test(text);
}

/** Length in user-perceived characters, not UTF-16 code units. */
export function charLength(text: string): number {
  return [...text].length;
}
