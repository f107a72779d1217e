/** The Atom feed of a language's report and plan pages (src/lib/site/feed.ts), as the feed routes serve it. */
import { translator, htmlLang, type Locale } from '../i18n/index.ts';
import { ADDRESS } from '../i18n/paths.ts';
import { atomFeed } from '../lib/site/feed.ts';
import { localePrefix } from '../lib/site/paths.ts';
import { zhPages } from './content.ts';
import { englishOf, localTitle } from './translations.ts';

export const FEED_FILE = 'feed.xml';

export async function feedResponse(locale: Locale): Promise<Response> {
  const t = translator(locale);
  const prefix = localePrefix(locale);
  const pages = (await zhPages()).map((e) => e.data);
  // An English page without a translation shows the Chinese and is kept out of search: out of the feed too.
  const listed =
    locale === 'zh'
      ? pages
      : (await Promise.all(pages.map(async (p) => ((await englishOf(p.slug)) ? [p] : [])))).flat();
  const entries = await Promise.all(
    listed.map(async (page) => ({
      path: `${prefix}${page.slug}/`,
      title: await localTitle(locale, page),
      published: page.published,
      authors: locale === 'en' ? (page.authorsEn ?? page.authors) : page.authors,
    })),
  );
  const xml = atomFeed(
    {
      lang: htmlLang[locale],
      title: t('feed.title'),
      subtitle: t('feed.subtitle'),
      path: `${prefix}${FEED_FILE}`,
      home: prefix,
      author: t('site.name'),
      entries,
    },
    ADDRESS,
    import.meta.env.BASE_URL,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
