/**
 * Type-ahead: a pause in typing starts the search for what is in the box (its
 * postings files, matching and ranking), so Enter has only the results to fetch
 * if query and filters still match.
 */
import type { SearchEngine } from './engine.ts';
import type { Filters, ResultSet } from './types.ts';

/** A pause in typing this long starts the search (matched and ranked, not yet shown) ahead of Enter. */
const SEARCH_AHEAD_AFTER_MS = 150;

export interface SearchAhead {
  /** Start the search after a pause, unless typing goes on. */
  schedule(): void;
  cancel(): void;
  /** The search for this query and these filters: the one started ahead if it matches, else a new one. */
  take(query: string, filters: Filters): Promise<ResultSet>;
}

export function searchAhead(engine: SearchEngine, read: () => { query: string; filters: Filters }): SearchAhead {
  const keyOf = (query: string, filters: Filters) => JSON.stringify([query, filters]);
  let ahead: { key: string; set: Promise<ResultSet> } | undefined;
  let timer: number | undefined;
  const start = () => {
    const { query, filters } = read();
    const key = keyOf(query, filters);
    if (!query || ahead?.key === key || !engine.worthStartingAhead(query)) return;
    const set = engine.start(query, filters);
    ahead = { key, set };
    // A failure is left to the search itself, which then starts afresh.
    set.catch(() => {
      if (ahead?.set === set) ahead = undefined;
    });
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = window.setTimeout(start, SEARCH_AHEAD_AFTER_MS);
    },
    cancel() {
      clearTimeout(timer);
    },
    take(query, filters) {
      const set = ahead?.key === keyOf(query, filters) ? ahead.set : engine.start(query, filters);
      ahead = undefined;
      return set;
    },
  };
}
