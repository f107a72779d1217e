import type { Locale } from '../../lib/site/locale.ts';
import type { WithData } from '../data-attributes.ts';
import type { Strings } from './render.ts';

/** What the search page tells its script (`data-config` on the form, written by src/templates/SearchPage.astro). */
export interface SearchConfig {
  locale: Locale;
  /** The site's base path (`/`, `/policy-site/`). */
  base: string;
  exactBundle: string;
  wordsBundle: string;
  otherSearch: string;
  /** The names file for best matches (src/lib/search/browser/names.ts). */
  namesFile: string;
  /** The characters traditional-to-simplified conversion changes (src/lib/search/browser/traditional.ts). */
  traditionalFile: string;
  strings: Strings & {
    count: string;
    countOne: string;
    none: string;
    searching: string;
    failed: string;
    empty: string;
    tooLong: string;
    punctuationOnly: string;
    asSimplified: string;
    asHalfWidth: string;
    alsoAs: string;
    inOtherLanguage: string;
    indicator: string;
    term: string;
  };
  districtNames: Record<string, string>;
}

/** The search form (`data-search-form`), which SearchPage.astro writes with its `data-config`. */
export type SearchForm = HTMLFormElement & WithData<'config'>;

export function readConfig(form: SearchForm): SearchConfig {
  return JSON.parse(form.dataset.config) as SearchConfig;
}
