/**
 * The search page (/search/, /en/search/): reads the query and filters from the
 * URL, searches, shows ten pages at a time, keeps the URL in step so results
 * can be linked, and announces the count. Which index answers is engine.ts's
 * choice; a pause in typing starts the search ahead of Enter (ahead.ts).
 */
import { searchAhead } from './ahead.ts';
import { present } from '../../lib/assert.ts';
import { readConfig, type SearchForm } from './config.ts';
import { searchEngine } from './engine.ts';
import { bindResultKeys } from './keyboard.ts';
import { planQuery } from '../../lib/search/browser/query.ts';
import { countText, renderBestMatches, resultsList, searchedText } from './results.ts';
import { otherLanguageHref, readFilters, restoreFromUrl, writeToUrl } from './url-state.ts';

const form = document.querySelector<SearchForm>('[data-search-form]');
if (form) setUp(form);

function setUp(form: SearchForm): void {
  const config = readConfig(form);
  const input = present(form.querySelector<HTMLInputElement>('input[name="q"]'), 'the search input');
  const status = present(document.querySelector<HTMLElement>('[data-search-status]'), 'the search status line');
  const list = present(document.querySelector<HTMLOListElement>('[data-search-results]'), 'the result list');
  const more = present(document.querySelector<HTMLButtonElement>('[data-search-more]'), 'the "more" button');
  const other = document.querySelector<HTMLAnchorElement>('[data-search-other]');
  const best = present(document.querySelector<HTMLUListElement>('[data-search-best] ul'), 'the best-match list');
  const ahead = searchAhead(searchEngine(config), () => ({ query: input.value.trim(), filters: readFilters(form) }));
  const results = resultsList(list, more, config);
  let run = 0;

  async function search() {
    ahead.cancel();
    const query = input.value.trim();
    const filters = readFilters(form);
    if (other) other.href = otherLanguageHref(config.otherSearch, query);
    const ticket = ++run;
    results.clear();
    renderBestMatches(best, [], config.strings);
    const planned = planQuery(query, config.locale);
    if ('problem' in planned) {
      writeToUrl(query, filters);
      status.textContent = config.strings[planned.problem];
      return;
    }
    status.textContent = config.strings.searching;
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      const set = await ahead.take(query, filters);
      if (ticket !== run) return;
      await results.show(set);
      if (ticket !== run) return;
      renderBestMatches(best, set.best ?? [], config.strings);
      list.dataset.searchMs = String(Math.round(performance.now() - started));
      const searched = searchedText(config.strings, set.searched, config.locale);
      const count = countText(config.strings, set.total, set.searched?.text ?? query);
      status.textContent = searched ? `${searched} ${count}` : count;
    } catch (error) {
      status.textContent = config.strings.failed;
      throw error;
    } finally {
      if (ticket === run) {
        list.removeAttribute('aria-busy');
        writeToUrl(query, filters);
      }
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as Element).matches('select')) void search();
  });
  more.addEventListener('click', () => void results.showMore());
  // While an input method is composing (pinyin letters), the text is not the query yet: wait for it to commit.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) ahead.schedule();
  });
  input.addEventListener('compositionend', () => ahead.schedule());
  bindResultKeys(form, input, list, () => {
    input.value = '';
    void search();
  });

  restoreFromUrl(form, input);
  if (input.value) void search();
  else status.textContent = '';
}
