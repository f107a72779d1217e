import { nameKey } from '../search/browser/names.ts';
import type { GlossaryTerm } from './parse.ts';

/** Pinyin as typed on a keyboard, without tone marks: zhuān jīng tè xīn is zhuan jing te xin. */
const toneless = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * Everything the glossary's filter box finds a term by: its Chinese, English, pinyin (with or without tone
 * marks) and every listed variant ("SRDI"), each compared as a name (nameKey), one per line.
 */
export function termFilterText(term: Pick<GlossaryTerm, 'zh' | 'en' | 'pinyin' | 'zhVariants' | 'enVariants'>): string {
  const names = [
    term.zh,
    term.en,
    ...(term.pinyin ? [term.pinyin, toneless(term.pinyin)] : []),
    ...term.zhVariants,
    // An English variant may be a stem (`stem*`): the stem is what a reader types.
    ...term.enVariants.map((v) => v.replace(/\*$/, '')),
  ];
  return [...new Set(names.map(nameKey))].filter(Boolean).join('\n');
}

/** A query typed in the filter box, compared the same way. */
export const filterQueryKey = (query: string) => nameKey(toneless(query));

/** Whether a term's filter text holds the query (an empty query holds everywhere). */
export function termMatches(filterText: string, query: string): boolean {
  const key = filterQueryKey(query);
  return filterText.split('\n').some((name) => name.includes(key));
}
