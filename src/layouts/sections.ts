/** Top-level sections of the site, for `aria-current` in the navigation. */
export type Section =
  | 'home'
  | 'reports'
  | 'plan'
  | 'compare'
  | 'tracker'
  | 'discrepancies'
  | 'indicators'
  | 'data'
  | 'glossary'
  | 'sources'
  | 'search';
