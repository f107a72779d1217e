/**
 * The list of characters a traditional-to-simplified converter changes (read by ../browser/traditional.ts).
 * The converter is passed in, so the list is derived from the same dictionaries the browser converts with,
 * never written by hand.
 */
import type { TraditionalFile } from '../browser/traditional.ts';

/** The Han blocks: CJK Unified Ideographs with Extension A, the compatibility ideographs, and planes 2 and 3. */
const HAN_BLOCKS: [first: number, last: number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

export function traditionalFile(convert: (text: string) => string): TraditionalFile {
  const steps: string[] = [];
  let previous = 0;
  for (const [first, last] of HAN_BLOCKS) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const character = String.fromCodePoint(codePoint);
      if (convert(character) === character) continue;
      steps.push((codePoint - previous).toString(36));
      previous = codePoint;
    }
  }
  return { deltas: steps.join(',') };
}
