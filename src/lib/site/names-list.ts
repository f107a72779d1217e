import type { Locale } from './locale.ts';

/**
 * Names as a reader lists them: "綦江、黔江和大足", "Qijiang, Qianjiang and Dazu" (Intl.ListFormat, the
 * language's own conjunction). Past `max` names only the first `max` are given, and `more` is true: the
 * caller says how many there are in all.
 */
export function namesList(names: readonly string[], locale: Locale, max = 5): { text: string; more: boolean } {
  if (names.length > max) {
    return { text: names.slice(0, max).join(locale === 'zh' ? '、' : ', '), more: true };
  }
  const format = new Intl.ListFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { type: 'conjunction' });
  return { text: format.format(names), more: false };
}
