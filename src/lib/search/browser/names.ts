/**
 * The names search knows as pages of their own: indicators (names and aliases) and glossary terms (spellings and
 * renderings), in both languages. Written at build time (../build/names.ts, served as NAMES_FILE), fetched only
 * when searching: a query that is one of the names shows that page as a best match above the text results.
 */
import type { Locale } from '../../site/locale.ts';

/** Where the names are served, from the site's base. */
export const NAMES_FILE = 'search-names.json';

export interface NamedPage {
  kind: 'indicator' | 'term';
  /** Every name the page answers to, as compared (nameKey). */
  keys: string[];
  /** The page's title and address in each language (base included). */
  zh: { title: string; href: string };
  en: { title: string; href: string };
}

/** A name as compared: no quotation marks or spaces (“专精特新”企业 is 专精特新企业), Latin letters in lower case. */
export const nameKey = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/[“”"‘’'「」『』\s-]/gu, '')
    .toLowerCase();

/** The pages a query names, in the file's order (indicators first). */
export function namedPages(pages: readonly NamedPage[], query: string, locale: Locale) {
  const key = nameKey(query);
  if (!key) return [];
  return pages.filter((page) => page.keys.includes(key)).map((page) => ({ kind: page.kind, ...page[locale] }));
}
