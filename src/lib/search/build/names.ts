/**
 * The file of names search shows as best matches (../browser/names.ts), from the indicators and the glossary.
 * Deterministic: in the order of content/indicators.yaml, then content/glossary.yaml; each page's keys sorted.
 */
import type { GlossaryTerm } from '../../glossary/parse.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import { nameKey, type NamedPage } from '../browser/names.ts';

export interface NamePaths {
  /** The address of a path in a locale, base included. */
  href: (locale: 'zh' | 'en', path: string) => string;
}

const keysOf = (names: readonly (string | undefined)[]) =>
  [...new Set(names.filter((n): n is string => n !== undefined).map(nameKey))].filter(Boolean).sort();

export function namedPagesFile(
  indicators: readonly Indicator[],
  terms: readonly GlossaryTerm[],
  { href }: NamePaths,
): NamedPage[] {
  const indicatorPages = indicators.map((i): NamedPage => ({
    kind: 'indicator',
    keys: keysOf([i.name, i.nameEn, i.tableRow, i.tableRowEn, ...(i.aliases ?? [])]),
    zh: { title: i.name, href: href('zh', `indicators/${i.id}/`) },
    en: { title: i.nameEn, href: href('en', `indicators/${i.id}/`) },
  }));
  const termPages = terms.map((t): NamedPage => ({
    kind: 'term',
    // English variants may be word stems (`stem*`), which are not names.
    keys: keysOf([t.zh, t.en, ...t.zhVariants, ...t.enVariants.filter((v) => !v.includes('*'))]),
    zh: { title: t.zh, href: href('zh', `glossary/#term-${t.id}`) },
    en: { title: t.en, href: href('en', `glossary/#term-${t.id}`) },
  }));
  return [...indicatorPages, ...termPages];
}
