/**
 * Site paths, with the base path (`/`, `/policy-site/`, or `/policy-site` as
 * BASE_PATH may be written) in front. Chinese pages are at the root of the
 * site, English ones at the same path under `en/`. Pure: the Astro side binds
 * these to `import.meta.env.BASE_URL` in src/i18n/paths.ts.
 */
import type { Locale } from './locale.ts';

export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

export function withoutTrailingSlash(path: string): string {
  return path.replace(/\/$/, '');
}

/** A site-relative path under the base path: (`/policy-site`, `/data/x.json`) → `/policy-site/data/x.json`. */
export function joinBase(base: string, path: string): string {
  return `${withTrailingSlash(base)}${path.replace(/^\//, '')}`;
}

/** Where a locale's pages are, relative to the site root. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? 'en/' : '';
}

/** The path of a page (`search/`, `reports/x/`) in a locale, under the base path. */
export function localePathUnder(base: string, locale: Locale, path = ''): string {
  return joinBase(base, `${localePrefix(locale)}${path}`);
}

/** A pathname relative to the base path, or undefined when it is not under it (the base without its slash counts). */
export function pathWithinBase(pathname: string, base: string): string | undefined {
  const root = withTrailingSlash(base);
  if (!pathname.startsWith(root) && withTrailingSlash(pathname) !== root) return undefined;
  return pathname.slice(root.length);
}

/** A path relative to the site root, as its locale and the path within that locale: `en/reports/x/` → en, `reports/x/`. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  if (path === 'en' || path.startsWith('en/')) return { locale: 'en', path: path.replace(/^en\/?/, '') };
  return { locale: 'zh', path };
}

/** A URL without its `#anchor`: `reports/x/#p22` → `reports/x/`. */
export function withoutAnchor(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** How a paragraph's address is shown in a table of figures: the page's last path segment and the anchor, `x#p22`. */
export function paragraphLabel(url: string): string {
  const page = withoutTrailingSlash(withoutAnchor(url)).split('/').at(-1) ?? '';
  return `${page}#${url.slice(withoutAnchor(url).length + 1)}`;
}
