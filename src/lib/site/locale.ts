/**
 * The site's languages: Chinese, the original, and English, its translation.
 * Declared once here; src/i18n re-exports it for the Astro side.
 */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}
