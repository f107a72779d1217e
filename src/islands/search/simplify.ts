/**
 * Traditional characters as simplified (高新技術企業 → 高新技术企业), with OpenCC's traditional-to-mainland
 * dictionaries (opencc-js). Its own chunk, about 50 KB gzip, imported only when a query with a Han character
 * finds nothing as typed (engine.ts).
 */
let converter: Promise<(text: string) => string> | undefined;

export function toSimplified(text: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 't', to: 'cn' }));
  return converter.then((convert) => convert(text));
}
