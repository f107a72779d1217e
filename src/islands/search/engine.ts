/**
 * Which index answers a query, and what it is searched as. Chinese pages, quoted phrases, and any query with a
 * digit or a non-Latin character use the exact index; English words use Pagefind's word index with stemming.
 * A query that finds nothing as typed is tried again, first with traditional characters as simplified (the
 * list of characters the conversion changes is read then, and the converter only when the query has one), then, when it is in the other language's script, in that language's
 * pages. The names file is read alongside for best matches (src/lib/search/browser/names.ts).
 */
import type { Locale } from '../../lib/site/locale.ts';
import { namedPages, type NamedPage } from '../../lib/search/browser/names.ts';
import { inOtherScript, mayBeTraditional, planQuery, termOf, type QueryPlan } from '../../lib/search/browser/query.ts';
import { hasTraditional, readTraditional, type TraditionalFile } from '../../lib/search/browser/traditional.ts';
import type { SearchConfig } from './config.ts';
import { exactSearch, worthSearchingAhead } from './exact.ts';
import { fetchJson } from './files.ts';
import { loadPagefind } from './pagefind.ts';
import type { Filters, ResultSet } from './types.ts';

export interface SearchEngine {
  /** Search a query that planQuery accepts (page.ts shows the message for one it refuses). */
  start(query: string, filters: Filters): Promise<ResultSet>;
  /** Whether a pause in typing should start this query ahead of Enter. */
  worthStartingAhead(query: string): boolean;
}

const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

export function searchEngine(
  config: Pick<SearchConfig, 'locale' | 'exactBundle' | 'wordsBundle' | 'base' | 'namesFile' | 'traditionalFile'>,
): SearchEngine {
  const usesExactIndex = (plan: QueryPlan) =>
    config.locale === 'zh' ||
    plan.phrase ||
    /[\p{N}]|[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(plan.text);
  let names: Promise<NamedPage[]> | undefined;
  const bestMatches = async (query: string) => {
    names ??= fetchJson<NamedPage[]>(config.namesFile).catch((error: unknown) => {
      names = undefined;
      throw error;
    });
    return namedPages(await names, query, config.locale);
  };

  let traditional: Promise<Set<string>> | undefined;
  const anyTraditional = async (texts: string[]) => {
    traditional ??= fetchJson<TraditionalFile>(config.traditionalFile)
      .then(readTraditional)
      .catch((error: unknown) => {
        traditional = undefined;
        throw error;
      });
    const characters = await traditional;
    return texts.some((text) => hasTraditional(text, characters));
  };

  async function exact(plan: QueryPlan, filters: Filters): Promise<ResultSet> {
    const searchedIn = async (texts: string[], language: Locale, simplified: boolean) => {
      const terms = plan.phrase
        ? [{ text: texts[0] ?? '', forms: texts }]
        : texts.map((text) => termOf(text, language));
      const set = await exactSearch(config.exactBundle, terms, language, filters);
      const alsoAs = terms.flatMap((term) => term.forms.filter((form) => form !== term.text));
      const text = plan.phrase ? `"${texts[0] ?? ''}"` : texts.join(' ');
      return { ...set, searched: { text, halfWidth: plan.halfWidth, simplified, language, alsoAs } };
    };
    const typed = plan.terms.map((term) => term.text);
    let set = await searchedIn(typed, config.locale, false);
    if (set.total === 0 && typed.some(mayBeTraditional) && (await anyTraditional(typed))) {
      const { toSimplified } = await import('./simplify.ts');
      const simplified = await Promise.all(typed.map(toSimplified));
      if (simplified.some((text, i) => text !== typed[i])) {
        const converted = await searchedIn(simplified, config.locale, true);
        if (converted.total > 0) set = converted;
      }
    }
    if (set.total === 0 && typed.some((text) => inOtherScript(text, config.locale))) {
      const other = await searchedIn(typed, otherLocale(config.locale), false);
      if (other.total > 0) set = other;
    }
    return set;
  }

  return {
    async start(query, filters) {
      const planned = planQuery(query, config.locale);
      if ('problem' in planned) throw new Error(`search: the query cannot be searched (${planned.problem})`);
      const { plan } = planned;
      const [set, best] = await Promise.all([
        usesExactIndex(plan)
          ? exact(plan, filters)
          : Promise.all([loadPagefind(config.wordsBundle, config.base), import('./words.ts')]).then(
              ([pagefind, { wordSearch }]) => wordSearch(pagefind, plan, filters),
            ),
        bestMatches(plan.text).catch(() => []),
      ]);
      // A best match is named by what was searched: 高新技術企業 names 高新技术企业 once converted.
      const named = set.searched?.simplified ? await bestMatches(set.searched.text).catch(() => []) : best;
      return { ...set, best: named };
    },
    worthStartingAhead(query) {
      const planned = planQuery(query, config.locale);
      if ('problem' in planned) return false;
      return !usesExactIndex(planned.plan) || worthSearchingAhead(planned.plan.terms);
    },
  };
}
