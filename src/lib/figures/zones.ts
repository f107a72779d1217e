/**
 * Stretches of text whose digits are names, not figures: titles of documents
 * (《…》) and quoted names, slogans and codes (“33618”, ‘5个2’, 「…」, 『…』).
 * A quotation with sentence punctuation is quoted speech, and its figures count.
 */
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
];

export function protectedZones(text: string): [number, number][] {
  const zones: [number, number][] = [];
  for (const [open, close] of PAIRS) {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) {
        if (depth++ === 0) start = i;
      } else if (text[i] === close && depth > 0) {
        if (--depth === 0 && (open === '《' || isName(text.slice(start + 1, i)))) zones.push([start, i + 1]);
      }
    }
    // An unclosed quotation (text cut off) protects nothing: better a figure too many than a silent gap.
  }
  return zones.sort((a, b) => a[0] - b[0]);
}

export function inZone(zones: readonly [number, number][], offset: number): boolean {
  return zones.some(([start, end]) => offset > start && offset < end);
}

/** A quotation that names something (a programme, a slogan, a code) rather than reporting speech. */
function isName(quoted: string): boolean {
  return !/[，,。；;！？!?]/u.test(quoted);
}
