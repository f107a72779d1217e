import en from './en.json';
import zh from './zh.json';
import type { Locale } from '../lib/site/locale.ts';

export { LOCALES, isLocale, type Locale } from '../lib/site/locale.ts';

/** UI strings: one flat JSON file per locale, the same keys in each (checked by a unit test). */
export type UiKey = keyof typeof zh;

const strings: Record<Locale, Record<UiKey, string>> = { zh, en };

/** The `lang` attribute for each locale: Pagefind splits its index by it. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** A UI string with `{name}` placeholders filled in. */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = strings[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `t` bound to one locale. */
export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** Bind `t` to one locale, for components. */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
