import {
  blockAt,
  cardPath,
  regionOf,
  shardOf,
  shardPath,
  type Layout,
  type ResultCard,
  type ShardFile,
} from '../../lib/search/browser/cards.ts';
import { excerpt, occurrences } from '../../lib/search/browser/excerpt.ts';
import { bodyMatch, figuresAt } from '../../lib/search/browser/body-text.ts';
import { anyWordPages, phrasePages } from '../../lib/search/browser/match.ts';
import { mergePageHits, numberForms, pageHit, rankPages, type PageHit } from '../../lib/search/browser/rank.ts';
import { normaliseQuery, queryWords } from '../../lib/search/browser/tokens.ts';
import { present } from '../../lib/assert.ts';
import { openExactIndex, type ExactIndex } from './exact-index.ts';
import { fetchJson } from './files.ts';
import type { Filters, PageResult, ResultSet, SectionResult } from './types.ts';
import type { Locale } from '../../lib/site/locale.ts';

/**
 * Exact search: the pages and sections whose text contains the query
 * literally. The postings of the query's character pairs (exact-index.ts) give
 * every place the query stands in every page, so all pages are found and
 * ranked at once (rank.ts); each page shown then fetches one file: the shard
 * holding its first match in the body, with the page's card.
 */

/** The literal forms a query is searched in: English writes 1063 as "1,063", so a bare number there is searched in both. */
const queryForms = (query: string, language: Locale) => {
  const text = normaliseQuery(query);
  return language === 'en' ? numberForms(text) : [text];
};

/**
 * Whether a query is worth searching before it is submitted, while it is typed: not a single character, which
 * loads every index chunk of that character's pairs.
 */
export const worthSearchingAhead = (query: string, language: Locale) =>
  queryForms(query, language).every((form) => !queryWords(form)?.prefix);

/** Where one form of the query stands: page number → the positions it starts at. */
async function placesOf(index: ExactIndex, form: string): Promise<Map<number, number[]>> {
  const words = queryWords(form);
  if (!words) return new Map();
  if (words.prefix)
    return anyWordPages(await index.postingsStartingWith(present(words.words[0], 'the word of a one-character query')));
  return phrasePages(await Promise.all(words.words.map((word) => index.postings(word))));
}

export async function exactSearch(
  bundleUrl: string,
  query: string,
  language: Locale,
  filters: Filters,
): Promise<ResultSet> {
  const forms = queryForms(query, language);
  const index = await openExactIndex(bundleUrl);
  const [allowed, ...places] = await Promise.all([
    index.pagesWith({ ...filters, lang: language }),
    ...forms.map((form) => placesOf(index, form)),
  ]);
  const hits = mergePageHits(
    places.map((found) =>
      [...found]
        .filter(([page]) => allowed.has(page))
        .map(([page, starts]) =>
          pageHit(
            present(index.ids[page], `page ${page} in the index's pages`),
            present(index.order.get(page), `page ${page} in the newest-first order`),
            starts,
            index.layout,
          ),
        ),
    ),
  );
  const ranked = rankPages(hits);
  return {
    total: ranked.length,
    page: (from, count) =>
      Promise.all(ranked.slice(from, from + count).map((hit) => pageResult(bundleUrl, index.layout, hit, forms))),
  };
}

/** The one file a page shown needs: the shard holding its first match in the body, or its card alone. */
function resultFile(bundleUrl: string, layout: Layout, hit: PageHit): Promise<ShardFile> {
  const firstInBody = hit.starts.find((p) => regionOf(layout, p) === 'body');
  return firstInBody === undefined
    ? fetchJson<ResultCard>(`${bundleUrl}${cardPath(hit.id)}`).then((card) => ({ card, blocks: [] }))
    : fetchJson<ShardFile>(`${bundleUrl}${shardPath(hit.id, shardOf(layout, firstInBody))}`);
}
async function pageResult(
  bundleUrl: string,
  layout: Layout,
  hit: PageHit,
  forms: readonly string[],
): Promise<PageResult> {
  const { card, blocks: shard } = await resultFile(bundleUrl, layout, hit);

  // Each block a match starts in, with its place in the card's blocks (which is how shards name it).
  const matched = [...new Set(hit.starts.map((p) => blockAt(card, p)))].map((b) => ({
    index: b,
    block: present(card.blocks[b], `block ${b} on the card of ${card.url}`),
  }));
  const leads = card.sections.flatMap((section, index) => {
    const inSection = matched.filter((m) => m.block.section === index).sort((a, b) => a.index - b.index);
    // A section whose heading and body both match is one result, led by the body's first match.
    const lead = inSection.find((m) => m.block.text === undefined) ?? inSection[0];
    return lead === undefined ? [] : [{ section, lead }];
  });
  // The first matching section shows an excerpt; its text is at hand (its heading is on the card, or its
  // body holds the first match in the body, in the shard fetched). Further sections are listed by heading.
  const sections: SectionResult[] = await Promise.all(
    leads.map(async ({ section, lead }, i): Promise<SectionResult> => {
      const { block } = lead;
      const href = `${card.url}#${block.id}`;
      if (i > 0) return { section: section.anchor, heading: section.heading, href, figures: [] };
      const outOfStep = () => new Error(`search index out of step: ${href} does not contain ${forms.join(' / ')}`);
      if (block.text !== undefined) {
        const query = forms.find((f) => block.text?.includes(f));
        if (!query) throw outOfStep();
        return {
          section: section.anchor,
          heading: section.heading,
          href,
          excerpt: present(excerpt(block.text, query), `an excerpt around ${query}`),
          figures: figuresAt(block.figures, occurrences(block.text, query)),
        };
      }
      // The body's first match, cut from its block's text in the shard (body-text.ts).
      const start = present(
        hit.starts.find((p) => blockAt(card, p) === lead.index),
        `a match in block ${lead.index}`,
      );
      const found = await bodyMatch(layout, { position: block.position, index: lead.index }, start, forms, shard, (n) =>
        fetchJson<ShardFile>(`${bundleUrl}${shardPath(hit.id, n)}`).then((file) => file.blocks),
      );
      if (!found) throw outOfStep();
      return {
        section: section.anchor,
        heading: section.heading,
        href,
        excerpt: found.excerpt,
        figures: found.figures,
      };
    }),
  );
  // The page link goes to the first match: in the headline or the lines around it, else in the first section.
  const first = matched.find((m) => m.block.section === -1) ?? leads[0]?.lead;
  return {
    title: card.title,
    href: first === undefined ? card.url : `${card.url}#${first.block.id}`,
    date: card.date,
    kind: card.kind,
    districts: card.districts,
    occurrences: hit.starts.length,
    sections,
  };
}
