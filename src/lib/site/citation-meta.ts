/**
 * Highwire-style `citation_*` meta tags (read by Google Scholar and Zotero) for a text page,
 * from the same facts as the cite box (src/lib/site/citation.ts).
 */
import type { CitableWork } from './citation.ts';
import type { Locale } from './locale.ts';

export type MetaTag = [name: string, content: string];

/** YYYY-MM-DD, YYYY-MM or YYYY as Highwire writes it: YYYY/MM/DD, YYYY/MM, YYYY. */
export function highwireDate(date: string): string {
  return date.split('-').join('/');
}

/**
 * The tags of `work` as shown in `locale`; `url` is its public URL when the site has an
 * address, else undefined (a root-relative URL means nothing to a reference manager).
 */
export function citationMeta(work: CitableWork, locale: Locale, url?: string): MetaTag[] {
  const english = locale === 'en';
  const title = english && work.titleEn ? work.titleEn : work.title;
  const authors = (english ? (work.authorsEn ?? work.authors) : work.authors) ?? [];
  const tags: MetaTag[] = [['citation_title', title]];
  for (const author of authors) tags.push(['citation_author', author]);
  // An inferred date is a guess; a meta tag cannot say so, so it is left out rather than shown as fact.
  if (work.published && !work.dateInferred) tags.push(['citation_publication_date', highwireDate(work.published)]);
  if (work.outlet) tags.push(['citation_publisher', work.outlet]);
  tags.push(['citation_language', locale]);
  if (url) tags.push(['citation_public_url', url], ['citation_abstract_html_url', url]);
  return tags;
}
