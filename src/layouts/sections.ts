/** Top-level sections of the site, for `aria-current` in the navigation. */
export type Section = 'home' | 'reports' | 'plan' | 'indicators' | 'data' | 'glossary' | 'sources' | 'search';
