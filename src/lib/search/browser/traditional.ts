/**
 * The characters OpenCC's traditional-to-mainland conversion changes, written at build time
 * (../build/traditional.ts, served as TRADITIONAL_FILE). Why a list and not the converter: the list is about
 * 2.3 KB gzip, the converter about 52 KB (measured with opencc-js 1.4.2), so a Chinese query that finds nothing
 * fetches the converter only when it has a character the conversion would change (src/islands/search/engine.ts).
 */

/** OpenCC's conversion, traditional to mainland simplified: the browser's converter and the list both use it. */
export const CONVERSION = { from: 't', to: 'cn' } as const;

/** Where the list is served, from the site's base. */
export const TRADITIONAL_FILE = 'search-traditional.json';

/** The file: each character's code point as the distance from the one before it, in base 36, comma-separated. */
export interface TraditionalFile {
  deltas: string;
}

export function readTraditional(file: TraditionalFile): Set<string> {
  const characters = new Set<string>();
  let codePoint = 0;
  for (const delta of file.deltas ? file.deltas.split(',') : []) {
    const step = parseInt(delta, 36);
    if (!Number.isSafeInteger(step) || step <= 0) throw new Error(`search: bad step "${delta}" in ${TRADITIONAL_FILE}`);
    codePoint += step;
    characters.add(String.fromCodePoint(codePoint));
  }
  return characters;
}

/** Whether a text has a character the conversion would change. */
export const hasTraditional = (text: string, traditional: ReadonlySet<string>) =>
  [...text].some((character) => traditional.has(character));
