/**
 * Which index answers a query. Chinese pages, and any query with a digit or a
 * non-Latin character, use the exact index; English words use Pagefind's word
 * index with stemming.
 */
import type { SearchConfig } from './config.ts';
import { exactSearch, worthSearchingAhead } from './exact.ts';
import { loadPagefind } from './pagefind.ts';
import type { Filters, ResultSet } from './types.ts';
import { wordSearch } from './words.ts';

export interface SearchEngine {
  start(query: string, filters: Filters): Promise<ResultSet>;
  /** Whether a pause in typing should start this query ahead of Enter. */
  worthStartingAhead(query: string): boolean;
}

export function searchEngine(
  config: Pick<SearchConfig, 'locale' | 'exactBundle' | 'wordsBundle' | 'base'>,
): SearchEngine {
  const usesExactIndex = (query: string) =>
    config.locale === 'zh' || /[\p{N}]|[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(query);
  return {
    start: (query, filters) =>
      usesExactIndex(query)
        ? exactSearch(config.exactBundle, query, config.locale, filters)
        : loadPagefind(config.wordsBundle, config.base).then((pagefind) => wordSearch(pagefind, query, filters)),
    worthStartingAhead: (query) => !usesExactIndex(query) || worthSearchingAhead(query, config.locale),
  };
}
