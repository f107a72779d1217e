/** Where the search indexes are written in the built site, and read from by the search page. */
export const EXACT_BUNDLE = 'pagefind-exact';
export const WORDS_BUNDLE = 'pagefind';
export const SEARCH_BUNDLES = [WORDS_BUNDLE, EXACT_BUNDLE] as const;
