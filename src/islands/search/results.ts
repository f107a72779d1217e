/** The result list: ten pages at a time, and the count announced in words. */
import type { SearchConfig } from './config.ts';
import { renderPage } from './render.ts';
import type { ResultSet } from './types.ts';

const PAGE_SIZE = 10;

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
    const pages = await set.page(current.shown, PAGE_SIZE);
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
      current = { set, shown: 0, textLang: config.locale === 'zh' ? 'zh-CN' : 'en' };
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
