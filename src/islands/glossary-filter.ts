/**
 * The glossary's filter box. Without this script the box stays hidden and the list is complete. With it,
 * entries that do not match are hidden as the reader types (Chinese, pinyin with or without tones, English,
 * or a listed variant such as "SRDI"), and the query is kept in the URL (?q=) so a filtered list can be shared.
 */
import { termMatches } from '../lib/glossary/filter-text.ts';

const form = document.getElementById('glossary-filter');
const box = document.getElementById('glossary-q') as HTMLInputElement | null;
const count = document.getElementById('glossary-shown');
const none = document.getElementById('glossary-none');
if (form && box && count && none) {
  const entries = [...document.querySelectorAll<HTMLElement>('#glossary-list > [data-filter]')];
  const template = count.dataset.template ?? '';
  const apply = () => {
    const query = box.value.trim();
    let shown = 0;
    for (const entry of entries) {
      const match = termMatches(entry.dataset.filter ?? '', query);
      entry.hidden = !match;
      if (match) shown++;
    }
    count.textContent = query
      ? template.replace('{shown}', String(shown)).replace('{total}', String(entries.length))
      : '';
    none.hidden = shown > 0;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  box.value = new URLSearchParams(location.search).get('q') ?? '';
  form.hidden = false;
  box.addEventListener('input', apply);
  if (box.value) apply();
}
