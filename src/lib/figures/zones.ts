import { present } from '../assert.ts';

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

/**
 * Whether an offset is inside a zone (after its opening mark, before its closing one). The zones are merged (they
 * can nest) and searched by halves: a text with thousands of quotations and numbers is not checked zone by zone
 * for each number.
 */
export function zoneTest(zones: readonly [number, number][]): (offset: number) => boolean {
  const merged: [number, number][] = [];
  for (const [start, end] of [...zones].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    // Zones exclude their ends, so two that only touch stay apart: the offset between them is in neither.
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return (offset) => {
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (present(merged[mid], `zone ${mid}`)[0] < offset) low = mid + 1;
      else high = mid;
    }
    const zone = merged[low - 1];
    return zone !== undefined && offset < zone[1];
  };
}

/** A quotation that names something (a programme, a slogan, a code) rather than reporting speech. */
function isName(quoted: string): boolean {
  return !/[，,。；;！？!?]/u.test(quoted);
}
