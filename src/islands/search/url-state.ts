/** The query and filters as the form holds them and as the URL carries them, so results can be linked. */
import type { Filters } from './types.ts';

const FILTERS = ['district', 'kind', 'year'] as const;

const select = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;

export function readFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {};
  for (const name of FILTERS) {
    const value = select(form, name)?.value;
    if (value) filters[name] = value;
  }
  return filters;
}

/** Fill the form from `?q=` and the filters in the address. */
export function restoreFromUrl(form: HTMLFormElement, input: HTMLInputElement): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const field = select(form, name);
    if (field) field.value = params.get(name) ?? '';
  }
}

// Chromium refetches the favicon on every history update: done once the results are in, not while they load.
export function writeToUrl(query: string, filters: Filters): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

/** "Search the other language" carries the query over. */
export function otherLanguageHref(otherSearch: string, query: string): string {
  return `${otherSearch}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}
