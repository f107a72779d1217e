import type { Locale } from './index.ts';

/** A site-relative path with the configured base (`BASE_PATH`) in front. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The path of a page in a locale: Chinese at the root, English under `en/`. */
export function localePath(locale: Locale, path = ''): string {
  return withBase(`${locale === 'en' ? 'en/' : ''}${path}`);
}

/** The URL of a content page (`reports/x`) in a locale. */
export function pageHref(locale: Locale, slug: string): string {
  return localePath(locale, `${slug}/`);
}
