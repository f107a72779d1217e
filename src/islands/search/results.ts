/** The result list: ten pages at a time, and the count announced in words. */
import type { SearchConfig } from './config.ts';
import { renderPage } from './render.ts';
import { RESULTS_PER_SCREEN, type BestMatch, type ResultSet, type SearchedAs } from './types.ts';

export interface ResultsList {
  clear(): void;
  /** Show the first pages of a result set. */
  show(set: ResultSet): Promise<void>;
  showMore(): Promise<void>;
}

export function resultsList(
  list: HTMLOListElement,
  more: HTMLButtonElement,
  config: Pick<SearchConfig, 'locale' | 'strings' | 'districtNames'>,
): ResultsList {
  let current: { set: ResultSet; shown: number; textLang: string } | undefined;
  const showMore = async () => {
    if (!current) return;
    const { set } = current;
    const pages = await set.page(current.shown, RESULTS_PER_SCREEN);
    for (const page of pages) {
      page.districts = page.districts.map((d) => config.districtNames[d] ?? d);
      list.append(renderPage(page, config.strings, current.textLang));
    }
    current.shown += pages.length;
    more.hidden = current.shown >= set.total;
  };
  return {
    clear() {
      list.replaceChildren();
      more.hidden = true;
      current = undefined;
    },
    async show(set) {
      const language = set.searched?.language ?? config.locale;
      current = { set, shown: 0, textLang: language === 'zh' ? 'zh-CN' : 'en' };
      await showMore();
    },
    showMore,
  };
}

/** "12 pages for …", "No pages for …". */
export function countText(strings: SearchConfig['strings'], total: number, query: string): string {
  return total === 0
    ? strings.none.replace('{query}', query)
    : (total === 1 ? strings.countOne : strings.count).replace('{count}', String(total)).replace('{query}', query);
}

/** What was searched, where it is not what was typed: "已按简体检索：…", other spellings, the other language. */
export function searchedText(
  strings: SearchConfig['strings'],
  searched: SearchedAs | undefined,
  locale: string,
): string {
  if (!searched) return '';
  const notes = [
    searched.simplified ? strings.asSimplified.replace('{query}', searched.text) : '',
    searched.halfWidth && !searched.simplified ? strings.asHalfWidth.replace('{query}', searched.text) : '',
    searched.alsoAs.length ? strings.alsoAs.replace('{forms}', searched.alsoAs.join('、')) : '',
    searched.language !== locale ? strings.inOtherLanguage : '',
  ];
  return notes.filter(Boolean).join(' ');
}

/** The indicator and glossary pages a query names, as links above the results. */
export function renderBestMatches(
  list: HTMLUListElement,
  best: readonly BestMatch[],
  strings: SearchConfig['strings'],
) {
  list.replaceChildren(
    ...best.map((match) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = match.href;
      link.dataset.kind = 'best';
      link.textContent = match.title;
      item.append(match.kind === 'indicator' ? strings.indicator : strings.term, link);
      return item;
    }),
  );
  const section = list.closest<HTMLElement>('[data-search-best]');
  if (section) section.hidden = best.length === 0;
}
