import { isLocale, type Locale } from '../i18n/index.ts';

/** The locale of the page being rendered (Astro derives it from the route). */
export function currentLocale(astro: { currentLocale: string | undefined }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : 'zh';
}
