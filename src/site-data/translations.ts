import { getCollection, type CollectionEntry } from 'astro:content';
import { htmlLang, type Locale } from '../i18n/index.ts';
import { localePath } from '../i18n/paths.ts';
import { withoutAnchor, withoutTrailingSlash } from '../lib/site/paths.ts';
import { readBody } from '../lib/mdx/read.ts';
import { chinesePassages, englishPassages } from '../lib/translation/pages.ts';
import { translationGaps } from '../lib/translation/status.ts';
import type { AlignedPassage } from '../lib/translation/aligned-passages.ts';
import type { ZhPage } from '../lib/schemas/page.ts';
import { zhPages, type ZhEntry } from './content.ts';
import { bodyOf } from './bodies.ts';

export type EnEntry = CollectionEntry<'en'>;

let textSlugSet: Promise<ReadonlySet<string>> | undefined;

/**
 * The slug of every text's page, made once per build: every table row and value link asks for it (made per
 * call, it took the discrepancies page 36 s at 10,000 texts, docs/benchmarks.md).
 */
function textSlugs(): Promise<ReadonlySet<string>> {
  textSlugSet ??= zhPages().then((entries) => new Set(entries.map((e) => e.data.slug)));
  return textSlugSet;
}

let cached: Promise<Map<string, EnEntry>> | undefined;

/** English translations by the slug of their Chinese page (their path under content/en). */
export function enPages(): Promise<Map<string, EnEntry>> {
  cached ??= getCollection('en').then(async (entries) => {
    const slugs = await textSlugs();
    const orphans = entries.filter((e) => !slugs.has(e.id));
    if (orphans.length > 0)
      throw new Error(`English pages without a Chinese original: ${orphans.map((e) => e.filePath ?? e.id).join(', ')}`);
    return new Map(entries.map((e) => [e.id, e]));
  });
  return cached;
}

export async function englishOf(slug: string): Promise<EnEntry | undefined> {
  return (await enPages()).get(slug);
}

/** A page's title in a locale: the translation's, else the English title in the metadata, else the Chinese. */
export async function localTitle(locale: Locale, data: Pick<ZhPage, 'slug' | 'title' | 'titleEn'>): Promise<string> {
  if (locale === 'zh') return data.title;
  return (await englishOf(data.slug))?.data.title ?? data.titleEn ?? data.title;
}

const titlesByLocale = new Map<Locale, Promise<ReadonlyMap<string, string>>>();

/**
 * Every page's title in a locale, by slug; made once per build, since every content page asks
 * for it (made per page, it cost each page time in proportion to the corpus).
 */
export function localTitles(locale: Locale): Promise<ReadonlyMap<string, string>> {
  let titles = titlesByLocale.get(locale);
  if (!titles) {
    titles = zhPages().then(
      async (pages) =>
        new Map(await Promise.all(pages.map(async (e) => [e.data.slug, await localTitle(locale, e.data)] as const))),
    );
    titlesByLocale.set(locale, titles);
  }
  return titles;
}

export function zhPassagesOf(entry: ZhEntry): AlignedPassage[] {
  return chinesePassages(entry.data, readBody(entry.filePath ?? entry.id, bodyOf(entry)));
}

export function enPassagesOf(entry: EnEntry): AlignedPassage[] {
  return englishPassages(entry.data, readBody(entry.filePath ?? entry.id, bodyOf(entry)));
}

/** Which units of an English page are missing or may be outdated against the current Chinese. */
export function translationGapsOf(zh: ZhEntry, en: EnEntry): { missing: string[]; outdated: string[] } {
  return translationGaps(zhPassagesOf(zh), enPassagesOf(en));
}

/** A link into a text (`reports/x/#p2`): its href, and its language when it leads to the Chinese. */
export interface TextLink {
  href: string;
  hreflang?: string;
}

/**
 * Where links into texts land in a locale. An English link into a text not translated yet goes to the
 * Chinese original at the same anchor: the English page of such a text is a short notice (UntranslatedPage)
 * that holds none of the text's anchors. Links to anything but a text are left to the locale.
 */
export async function textLinks(locale: Locale): Promise<(path: string) => TextLink> {
  const english = await enPages();
  const texts = await textSlugs();
  return (path) => {
    const slug = withoutTrailingSlash(withoutAnchor(path));
    return locale === 'en' && texts.has(slug) && !english.has(slug)
      ? { href: localePath('zh', path), hreflang: htmlLang.zh }
      : { href: localePath(locale, path) };
  };
}
