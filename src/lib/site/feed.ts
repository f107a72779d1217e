/**
 * The Atom feeds (RFC 4287) of the texts, one per language. Pure and
 * deterministic: entries newest first then by path, `updated` from the texts'
 * dates (never the clock), ids `urn:uuid:` from the page path, so they stay the
 * same whichever host or sub-path serves the site.
 *
 * Links follow publicUrl (src/lib/site/address.ts): absolute with a public
 * address; without one, root-relative hrefs and no xml:base (the feed would have
 * to know its own host). A reader resolves them against the feed's own URL,
 * which is on the same host.
 */
import { publicUrl } from './address.ts';
import { SITE_NAMESPACE, uuidV5 } from './uuid.ts';

export interface FeedEntry {
  /** The page's path relative to the base, with its locale prefix: `en/reports/x/`. */
  path: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  authors?: string[];
  summary?: string;
}

export interface Feed {
  /** `zh-CN` or `en`, for xml:lang. */
  lang: string;
  title: string;
  subtitle: string;
  /** The feed's own path and the home page's, relative to the base. */
  path: string;
  home: string;
  /** Who publishes the feed (Atom needs an author for entries that name none). */
  author: string;
  entries: FeedEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom wants a full date-time: a date known to the month or year is given its first day, at midnight UTC. */
export function atomDate(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** `urn:uuid:` id of a feed or an entry, from its path (relative to the base, so BASE_PATH does not change it). */
export function feedId(path: string): string {
  return `urn:uuid:${uuidV5(path, SITE_NAMESPACE)}`;
}

export function atomFeed(feed: Feed, address: string | undefined, base: string): string {
  const url = (path: string) => escapeXml(publicUrl(address, base, path));
  const entries = [...feed.entries].sort((a, b) =>
    a.published !== b.published ? (a.published < b.published ? 1 : -1) : a.path < b.path ? -1 : 1,
  );
  const updated =
    entries
      .map((e) => atomDate(e.published))
      .sort()
      .at(-1) ?? atomDate('1970');
  const person = (name: string) => `<author><name>${escapeXml(name)}</name></author>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${feedId(feed.path)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  ${person(feed.author)}`,
    `  <link rel="self" type="application/atom+xml" href="${url(feed.path)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(feed.home)}"/>`,
    ...entries.map((entry) =>
      [
        '  <entry>',
        `    <id>${feedId(entry.path)}</id>`,
        `    <title>${escapeXml(entry.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${url(entry.path)}"/>`,
        `    <published>${atomDate(entry.published)}</published>`,
        `    <updated>${atomDate(entry.published)}</updated>`,
        ...(entry.authors ?? []).map((name) => `    ${person(name)}`),
        ...(entry.summary ? [`    <summary>${escapeXml(entry.summary)}</summary>`] : []),
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
