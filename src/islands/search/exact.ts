import {
  blockAt,
  cardPath,
  regionOf,
  shardOf,
  shardPath,
  type Layout,
  type ResultCard,
  type Shard,
  type ShardFile,
} from '../../lib/search/browser/cards.ts';
import { excerpt, occurrences } from '../../lib/search/browser/excerpt.ts';
import { bodyMatch, figuresAt } from '../../lib/search/browser/body-text.ts';
import { anyWordPages, keepPages, phrasePages, positionsOn } from '../../lib/search/browser/match.ts';
import type { Postings } from '../../lib/search/browser/pagefind-files.ts';
import { mergePageHits, pageHit, rankPages, type PageHit } from '../../lib/search/browser/rank.ts';
import { coverWords, queryWords } from '../../lib/search/browser/tokens.ts';
import type { QueryTerm } from '../../lib/search/browser/query.ts';
import { present } from '../../lib/assert.ts';
import { openExactIndex, type ExactIndex, type ResultFiles } from './exact-index.ts';
import { fetchJson } from './files.ts';
import { RESULTS_PER_SCREEN, type Filters, type PageResult, type ResultSet, type SectionResult } from './types.ts';
import type { Locale } from '../../lib/site/locale.ts';

/**
 * Exact search: the pages and sections whose text contains the query
 * literally. The postings of the query's character pairs (exact-index.ts) give
 * every place the query stands in every page, so all pages are found and
 * ranked at once (rank.ts); each page shown then fetches one file: the shard
 * holding its first match in the body, with the page's card.
 */

/**
 * Whether a query is worth searching before it is submitted, while it is typed: not a single character, which
 * loads the postings of every pair word starting with that character.
 */
export const worthSearchingAhead = (terms: readonly QueryTerm[]) =>
  terms.every((term) => term.forms.every((form) => !queryWords(form)?.prefix));

/** Where one form of the query stands: page number → the positions it starts at. */
async function placesOf(index: ExactIndex, form: string): Promise<Postings> {
  const words = queryWords(form);
  if (!words) return { pages: [], positions: [] };
  if (words.prefix)
    return anyWordPages(await index.postingsStartingWith(present(words.words[0], 'the word of a one-character query')));
  // Only the cover's words are fetched (phrasePages): a query of six characters asks for three words, not five.
  return phrasePages(
    await Promise.all(
      coverWords(words.words).map(async ({ offset, word }) => ({ offset, postings: await index.postings(word) })),
    ),
  );
}

/**
 * Where a query's terms stand, in the pages that hold every term (in any of its spellings): the places of each
 * spelling (to rank and show), and of each term in a page (to tell which sections hold them all, for the pages
 * shown only).
 */
async function placesOfTerms(index: ExactIndex, terms: readonly QueryTerm[]) {
  const perTerm = await Promise.all(terms.map((term) => Promise.all(term.forms.map((form) => placesOf(index, form)))));
  const termStarts = (page: number) => perTerm.map((forms) => forms.flatMap((found) => positionsOn(found, page) ?? []));
  // One term: a page holding any of its spellings holds it, so there is nothing to leave out.
  if (perTerm.length === 1) return { places: perTerm[0] ?? [], termStarts };
  const pagesOf = (places: Postings[]) => new Set(places.flatMap((found) => found.pages));
  const [first, ...rest] = perTerm.map(pagesOf);
  const everywhere = new Set([...(first ?? [])].filter((page) => rest.every((pages) => pages.has(page))));
  const places = perTerm.flat().map((found) => keepPages(found, (page) => everywhere.has(page)));
  return { places, termStarts };
}

export async function exactSearch(
  bundleUrl: string,
  terms: readonly QueryTerm[],
  language: Locale,
  filters: Filters,
): Promise<ResultSet> {
  const forms = [...new Set(terms.flatMap((term) => term.forms))];
  const index = await openExactIndex(bundleUrl, language);
  const [allowed, { places, termStarts }] = await Promise.all([index.pagesWith(filters), placesOfTerms(index, terms)]);
  const hits = mergePageHits(
    places.map((found) => {
      const { pages, positions } = allowed === undefined ? found : keepPages(found, (page) => allowed.has(page));
      return pages.map((page, i) => pageHit(page, present(positions[i], `the starts on page ${page}`), index.layout));
    }),
  );
  const ranked = rankPages(hits);
  // Where the first screen's result files are, asked for now: a search started ahead of Enter has then only
  // the result files left to fetch. A failure shows when the screen is asked for (fetchJson keeps the promise).
  index.resultsOf(ranked.slice(0, RESULTS_PER_SCREEN).map((hit) => hit.page)).catch(() => undefined);
  return {
    total: ranked.length,
    page: async (from, count) => {
      const shown = ranked.slice(from, from + count);
      const files = await index.resultsOf(shown.map((hit) => hit.page));
      return Promise.all(
        shown.map((hit, i) =>
          pageResult(
            present(files[i], `the result files of page ${hit.page}`),
            index.layout,
            hit,
            forms,
            termStarts(hit.page),
          ),
        ),
      );
    },
  };
}

/**
 * The one file a page shown needs: the shard holding its first match in the body, or its card alone; and the
 * card after the shard when the shard does not carry it (a long page's).
 */
async function resultFile(
  { folder, id }: ResultFiles,
  layout: Layout,
  hit: PageHit,
): Promise<{ card: ResultCard; blocks: Shard }> {
  const card = () => fetchJson<ResultCard>(`${folder}${cardPath(id)}`);
  const firstInBody = hit.starts.find((p) => regionOf(layout, p) === 'body');
  if (firstInBody === undefined) return { card: await card(), blocks: [] };
  const file = await fetchJson<ShardFile>(`${folder}${shardPath(id, shardOf(layout, firstInBody))}`);
  return { card: file.card ?? (await card()), blocks: file.blocks };
}
async function pageResult(
  files: ResultFiles,
  layout: Layout,
  hit: PageHit,
  forms: readonly string[],
  /** Where each term of the query starts: a section is listed when it holds them all. */
  termStarts: readonly (readonly number[])[],
): Promise<PageResult> {
  const { card, blocks: shard } = await resultFile(files, layout, hit);

  // Each block a match starts in, with its place in the card's blocks (which is how shards name it).
  const matched = [...new Set(hit.starts.map((p) => blockAt(card, p)))].map((b) => ({
    index: b,
    block: present(card.blocks[b], `block ${b} on the card of ${card.url}`),
  }));
  // With several terms, the sections that hold every one (the headline counts towards each), if any do.
  const sectionsOfTerm = termStarts.map(
    (starts) => new Set(starts.map((p) => present(card.blocks[blockAt(card, p)], `block at ${p}`).section)),
  );
  const holdsAll = (section: number) => sectionsOfTerm.every((sections) => sections.has(section) || sections.has(-1));
  const anyHoldsAll = card.sections.some((_, index) => holdsAll(index));
  const leads = card.sections.flatMap((section, index) => {
    if (anyHoldsAll && !holdsAll(index)) return [];
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
      const shardAt = (n: number) =>
        fetchJson<ShardFile>(`${files.folder}${shardPath(files.id, n)}`).then((file) => file.blocks);
      // With several terms the first section listed may be past the page's first match: its shard, then.
      const first = hit.starts.find((p) => regionOf(layout, p) === 'body');
      const holding =
        first !== undefined && shardOf(layout, first) === shardOf(layout, start)
          ? shard
          : await shardAt(shardOf(layout, start));
      const found = await bodyMatch(
        layout,
        { position: block.position, index: lead.index },
        start,
        forms,
        holding,
        shardAt,
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
