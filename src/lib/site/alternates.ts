/**
 * Every page exists in both languages at mirrored paths: Chinese at the root
 * of the site, English under `en/`. Given a page's path (with the site's base
 * path in front), the paths of the same page in each language.
 */
import type { Locale } from './locale.ts';
export interface Counterparts {
  current: Locale;
  zh: string;
  en: string;
}

export function counterparts(pathname: string, base: string): Counterparts {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root) && `${pathname}/` !== root) throw new Error(`${pathname} is not under the base path ${root}`);
  const rest = pathname.slice(root.length);
  if (rest === 'en' || rest.startsWith('en/')) {
    const inner = rest.replace(/^en\/?/, '');
    return { current: 'en', zh: `${root}${inner}`, en: pathname };
  }
  return { current: 'zh', zh: pathname, en: `${root}en/${rest}` };
}

/** The parallel (对照) view of a content page, in the interface language given. */
export function parallelPath(language: Locale, slug: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${language === 'en' ? 'en/' : ''}parallel/${slug}/`;
}
