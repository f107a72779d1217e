/**
 * Traditional characters as simplified (高新技術企業 → 高新技术企业), with OpenCC's traditional-to-mainland
 * dictionaries (opencc-js). Its own chunk, about 52 KB gzip, imported only when a query that finds nothing as
 * typed has a character the conversion changes (engine.ts).
 */
import { CONVERSION } from '../../lib/search/browser/traditional.ts';

let converter: Promise<(text: string) => string> | undefined;

export function toSimplified(text: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter(CONVERSION));
  return converter.then((convert) => convert(text));
}
