/** Site paths for the pages being built: src/lib/site/paths.ts bound to the configured base (`BASE_PATH`). */
import type { Locale } from '../lib/site/locale.ts';
import { counterparts, parallelPath, type Counterparts } from '../lib/site/alternates.ts';
import { publicUrl } from '../lib/site/address.ts';
import { joinBase, localePathUnder, pathWithinBase as pathWithinSiteBase, splitLocale } from '../lib/site/paths.ts';

const BASE = import.meta.env.BASE_URL;
/** The public address (astro.config.mjs), or undefined when the build has none. */
export const ADDRESS: string | undefined = import.meta.env.SITE || undefined;

/** A site-relative path with the base in front. */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}

/** The public URL of a path relative to the base: absolute when the site has an address, else `/base/path`. */
export function publicUrlOf(path: string): string {
  return publicUrl(ADDRESS, BASE, path);
}

/** The public URL of a link as the pages write it (`/base/reports/x/`, base included). */
export function publicHref(href: string): string {
  const path = pathWithinBase(href);
  if (path === undefined) throw new Error(`${href} is not under the base path ${BASE}`);
  return publicUrlOf(path);
}

/** The path of a page in a locale: Chinese at the root, English under `en/`. */
export function localePath(locale: Locale, path = ''): string {
  return localePathUnder(BASE, locale, path);
}

/** The URL of a content page (`reports/x`) in a locale. */
export function pageHref(locale: Locale, slug: string): string {
  return localePath(locale, `${slug}/`);
}

/** The parallel view of a content page, in the interface language given. */
export function parallelHref(locale: Locale, slug: string): string {
  return parallelPath(locale, slug, BASE);
}

/** The page at this pathname in each language. */
export function counterpartsOf(pathname: string): Counterparts {
  return counterparts(pathname, BASE);
}

/** A pathname relative to the base path (`/policy-site/en/x/` → `en/x/`), or undefined off it. */
export function pathWithinBase(pathname: string): string | undefined {
  return pathWithinSiteBase(pathname, BASE);
}

/** The locale of the page at this pathname: English under `en/`, Chinese elsewhere (and off the base path). */
export function localeOfPathname(pathname: string): Locale {
  return splitLocale(pathWithinBase(pathname) ?? '').locale;
}
