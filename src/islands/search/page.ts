import { exactSearch, worthSearchingAhead } from './exact.ts';
import { loadPagefind } from './pagefind.ts';
import { renderPage, type Strings } from './render.ts';
import { moveFocus } from './keyboard.ts';
import type { Filters, ResultSet } from './types.ts';
import { wordSearch } from './words.ts';
import type { Locale } from '../../lib/site/locale.ts';

/**
 * The search page (/search/, /en/search/): reads the query and filters from the
 * URL, searches, shows ten pages at a time, keeps the URL in step so results
 * can be linked, and announces the count. Chinese pages, and any query with a
 * digit or a non-Latin character, use the exact index; English words use
 * Pagefind's word index with stemming. A pause in typing starts the search
 * (its index chunks, matching and ranking), so Enter has only the results to fetch.
 */
interface Config {
  locale: Locale;
  /** The site's base path (`/`, `/policy-site/`). */
  base: string;
  exactBundle: string;
  wordsBundle: string;
  otherSearch: string;
  strings: Strings & { count: string; countOne: string; none: string; searching: string; failed: string; empty: string };
  districtNames: Record<string, string>;
}

const PAGE_SIZE = 10;
/** A pause in typing this long starts the search (matched and ranked, not yet shown) ahead of Enter. */
const SEARCH_AHEAD_AFTER_MS = 150;
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
if (form) setUp(form);

function setUp(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset.config!) as Config;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const other = document.querySelector<HTMLAnchorElement>('[data-search-other]');
  let run = 0;
  let current: { set: ResultSet; shown: number; textLang: string } | undefined;

  const readFilters = (): Filters => {
    const filters: Filters = {};
    for (const name of ['district', 'kind', 'year'] as const) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
      if (value) filters[name] = value;
    }
    return filters;
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of ['district', 'kind', 'year']) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = params.get(name) ?? '';
    }
  };

  /** "Search the other language" carries the query over. */
  const linkOtherLanguage = (query: string) => {
    if (other) other.href = `${config.otherSearch}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
  };

  // Chromium refetches the favicon on every history update: done once the results are in, not while they load.
  const toUrl = (query: string, filters: Filters) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  };

  /** Chinese pages, and any query with a digit or a non-Latin character, use the exact index. */
  const usesExactIndex = (query: string) => config.locale === 'zh' || /[\p{N}]|[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(query);
  const startSearch = (query: string, filters: Filters): Promise<ResultSet> => usesExactIndex(query)
    ? exactSearch(config.exactBundle, query, config.locale, filters)
    : loadPagefind(config.wordsBundle, config.base).then((pagefind) => wordSearch(pagefind, query, filters));

  // The search for what is in the box, started at a pause in typing; Enter shows it if query and filters still match.
  const keyOf = (query: string, filters: Filters) => JSON.stringify([query, filters]);
  let ahead: { key: string; set: Promise<ResultSet> } | undefined;
  let aheadTimer: number | undefined;
  const searchAhead = () => {
    const query = input.value.trim();
    const filters = readFilters();
    const key = keyOf(query, filters);
    if (!query || ahead?.key === key || (usesExactIndex(query) && !worthSearchingAhead(query, config.locale))) return;
    const set = startSearch(query, filters);
    ahead = { key, set };
    // A failure is left to the search itself, which then starts afresh.
    set.catch(() => { if (ahead?.set === set) ahead = undefined; });
  };
  const scheduleSearchAhead = () => {
    clearTimeout(aheadTimer);
    aheadTimer = window.setTimeout(searchAhead, SEARCH_AHEAD_AFTER_MS);
  };

  async function search() {
    clearTimeout(aheadTimer);
    const query = input.value.trim();
    const filters = readFilters();
    linkOtherLanguage(query);
    const ticket = ++run;
    list.replaceChildren();
    more.hidden = true;
    current = undefined;
    if (!query) {
      toUrl(query, filters);
      status.textContent = config.strings.empty;
      return;
    }
    status.textContent = config.strings.searching;
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      const searching = ahead?.key === keyOf(query, filters) ? ahead.set : startSearch(query, filters);
      ahead = undefined;
      const set = await searching;
      if (ticket !== run) return;
      current = { set, shown: 0, textLang: config.locale === 'zh' ? 'zh-CN' : 'en' };
      await showMore();
      if (ticket !== run) return;
      list.dataset.searchMs = String(Math.round(performance.now() - started));
      status.textContent = set.total === 0
        ? config.strings.none.replace('{query}', query)
        : (set.total === 1 ? config.strings.countOne : config.strings.count).replace('{count}', String(set.total)).replace('{query}', query);
    } catch (error) {
      status.textContent = config.strings.failed;
      throw error;
    } finally {
      if (ticket === run) {
        list.removeAttribute('aria-busy');
        toUrl(query, filters);
      }
    }
  }

  async function showMore() {
    if (!current) return;
    const { set } = current;
    const pages = await set.page(current.shown, PAGE_SIZE);
    for (const page of pages) {
      page.districts = page.districts.map((d) => config.districtNames[d] ?? d);
      list.append(renderPage(page, config.strings, current.textLang));
    }
    current.shown += pages.length;
    more.hidden = current.shown >= set.total;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as Element).matches('select')) void search();
  });
  more.addEventListener('click', () => void showMore());
  // While an input method is composing (pinyin letters), the text is not the query yet: wait for it to commit.
  input.addEventListener('input', (event) => { if (!(event as InputEvent).isComposing) scheduleSearchAhead(); });
  input.addEventListener('compositionend', scheduleSearchAhead);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && event.target === input) {
      event.preventDefault();
      moveFocus(list, null, 1);
    } else if (event.key === 'Escape' && event.target === input && input.value) {
      input.value = '';
      void search();
    }
  });
  list.addEventListener('keydown', (event) => {
    const link = (event.target as Element).closest('a');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!moveFocus(list, link, event.key === 'ArrowDown' ? 1 : -1) && event.key === 'ArrowUp') input.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });

  fromUrl();
  if (input.value) void search();
  else status.textContent = '';
}
