/**
 * Every page exists in both languages at mirrored paths: Chinese at the root
 * of the site, English under `en/`. Given a page's path (with the site's base
 * path in front), the paths of the same page in each language.
 */
import type { Locale } from './locale.ts';
import { localePathUnder, pathWithinBase, splitLocale, withTrailingSlash } from './paths.ts';

export interface Counterparts {
  current: Locale;
  zh: string;
  en: string;
}

export function counterparts(pathname: string, base: string): Counterparts {
  const rest = pathWithinBase(pathname, base);
  if (rest === undefined) throw new Error(`${pathname} is not under the base path ${withTrailingSlash(base)}`);
  const { locale, path } = splitLocale(rest);
  return locale === 'en'
    ? { current: 'en', zh: localePathUnder(base, 'zh', path), en: pathname }
    : { current: 'zh', zh: pathname, en: localePathUnder(base, 'en', path) };
}

/** The parallel (对照) view of a content page, in the interface language given. */
export function parallelPath(language: Locale, slug: string, base: string): string {
  return localePathUnder(base, language, `parallel/${slug}/`);
}
