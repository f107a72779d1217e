import { isLocale, type Locale } from './index.ts';

/** The locale of the page being rendered (Astro derives it from the route). */
export function currentLocale(astro: { currentLocale: string | undefined }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : 'zh';
}
