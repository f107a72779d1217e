import type { QueryPlan } from '../../lib/search/browser/query.ts';
import { holdsEveryWord, matchedWords } from '../../lib/search/browser/word-match.ts';
import type { Pagefind } from './pagefind.ts';
import type { Filters, PageResult, ResultSet } from './types.ts';

/**
 * Word search of the English pages with Pagefind's own index (stemming:
 * "enterprise" finds "enterprises"); Pagefind ranks, and marks the words it
 * matched in its excerpts. A word Pagefind does not hold finds nothing, though
 * Pagefind itself would answer with a shorter prefix (word-match.ts). Imported
 * with Pagefind's runtime, only for an English word query: the stemmer it needs
 * is 4.7 KB gzip that a Chinese search never uses.
 */
export async function wordSearch(pagefind: Pagefind, plan: QueryPlan, filters: Filters): Promise<ResultSet> {
  const search = await pagefind.search(plan.text, { filters });
  const found = search?.results ?? [];
  // The top result tells whether a query word fell back to a prefix: Pagefind looks a word up once for every page.
  const top = await found[0]?.data();
  const results = top && holdsEveryWord(plan.text, matchedWords(top)) ? found : [];
  return {
    total: results.length,
    page: (from, count) =>
      Promise.all(
        results.slice(from, from + count).map(async (result): Promise<PageResult> => {
          const data = await result.data();
          const sections = (data.sub_results ?? [])
            // The page itself and its headline are the result, not sections of it.
            .filter((s) => s.url !== data.url && s.title !== data.meta.title)
            .map((s) => ({
              section: new URL(s.url, location.href).hash.slice(1),
              heading: s.title,
              href: s.url,
              excerpt: { html: s.excerpt },
              figures: [],
            }));
          return {
            title: data.meta.title ?? data.url,
            href: data.url,
            date: data.meta.date ?? '',
            kind: data.meta.kind ?? '',
            districts: (data.meta.districts ?? '').split(' ').filter(Boolean),
            sections: sections.length
              ? sections
              : [{ section: '', href: data.url, excerpt: { html: data.excerpt }, figures: [] }],
          };
        }),
      ),
  };
}
