import { blockAt, cardPath, LAYOUT_FILE, pageKey, regionOf, shardOf, shardPath, type CardFigure, type Layout, type ResultCard, type ShardFile } from '../../lib/search/cards.ts';
import { excerpt, occurrences } from '../../lib/search/excerpt.ts';
import { bucketOf, PREFIX_DIR } from '../../lib/search/prefixes.ts';
import { mergePageHits, numberForms, pageHit, rankPages, tierOf, type PageHit } from '../../lib/search/rank.ts';
import { coverOffsets, normaliseQuery, phraseQuery, phraseStarts, queryWords, type QueryWords } from '../../lib/search/tokens.ts';
import type { Pagefind } from './pagefind.ts';
import type { Filters, PageResult, ResultSet, SectionResult } from './types.ts';

/**
 * Exact search: the pages and sections whose text contains the query
 * literally. Pagefind finds the pages (the phrase of the query's character
 * pairs), and the first place the query is in each, which gives its ranking
 * tier (rank.ts). Occurrences order the pages within a tier: they are counted,
 * tier by tier and only for the tiers shown, by searching a few of the pairs on
 * their own in those pages (the `page` filter). Each page shown fetches one
 * file: the shard holding its first match in the body, with the page's card.
 */
interface Form {
  words: QueryWords;
  /** Results of the phrase search: each page's positions (the first match only, or every one for a single character). */
  found: Map<string, number[]>;
}

/** The literal forms a query is searched in: English writes 1063 as "1,063", so a bare number there is searched in both. */
const queryForms = (query: string, language: 'zh' | 'en') => {
  const text = normaliseQuery(query);
  return language === 'en' ? numberForms(text) : [text];
};

/**
 * Whether a query is worth searching before it is submitted, while it is typed: not a single character, which as
 * a prefix loads every index chunk of that character's pairs.
 */
export const worthSearchingAhead = (query: string, language: 'zh' | 'en') =>
  queryForms(query, language).every((form) => !queryWords(form)?.prefix);

export async function exactSearch(pagefind: Pagefind, bundleUrl: string, query: string, language: 'zh' | 'en', filters: Filters): Promise<ResultSet> {
  const queries = queryForms(query, language);
  const options = { filters: { ...filters, lang: language } };
  const [layout, order] = await Promise.all([loadLayout(bundleUrl), pageOrder(pagefind)]);
  const forms: Form[] = [];
  for (const form of queries) {
    const words = queryWords(form);
    if (!words) continue;
    if (words.prefix && !(await preloadPrefix(pagefind, bundleUrl, words.words[0]!))) continue;
    const phrase = await pagefind.search(phraseQuery(words), options);
    if (phrase && phrase.results.length > 0) forms.push({ words, found: new Map(phrase.results.map((r) => [r.id, r.words])) });
  }
  const tiers = new Map<string, number>();
  for (const form of forms) {
    for (const [id, positions] of form.found) tiers.set(id, Math.min(tiers.get(id) ?? 2, tierOf(layout, Math.min(...positions))));
  }
  // Pages not yet counted, best tier first, newest first within it.
  const waiting = [...tiers.keys()].sort((a, b) => tiers.get(a)! - tiers.get(b)! || order.get(a)! - order.get(b)!);
  const ranked: PageHit[] = [];

  /** Counts the occurrences in the next tier, and ranks it. */
  async function rankNextTier() {
    const tier = tiers.get(waiting[0]!)!;
    const end = waiting.findIndex((id) => tiers.get(id) !== tier);
    const pages = waiting.splice(0, end === -1 ? waiting.length : end);
    const hits: PageHit[][] = [];
    for (const form of forms) {
      const mine = pages.filter((id) => form.found.has(id));
      if (mine.length === 0) continue;
      const parts = form.words.prefix
        ? [{ offset: 0, found: form.found }]
        : await wordPositions(pagefind, form.words.words, { filters: { ...options.filters, page: { any: mine.map((id) => pageKey(order.get(id)!)) } } });
      hits.push(mine.map((id) => pageHit(id, order.get(id)!, phraseStarts(parts.map((p) => ({ offset: p.offset, positions: p.found.get(id) ?? [] }))), layout)));
    }
    const tierHits = mergePageHits(hits);
    if (tierHits.some((hit) => hit.tier !== tier)) throw new Error('search index out of step: a page ranked in the wrong tier');
    ranked.push(...rankPages(tierHits));
  }

  // One ranking at a time: a second request for more waits for the tiers the first is counting.
  let ranking = Promise.resolve();
  const rankTo = (count: number, afterTier: () => void = () => {}) => {
    ranking = ranking.then(async () => {
      while (ranked.length < count && waiting.length > 0) {
        await rankNextTier();
        afterTier();
      }
    });
    return ranking;
  };
  return {
    total: tiers.size,
    rank: (count) => rankTo(count),
    async page(from, count) {
      // The pages ranked so far are fetched while the next tier is counted (the cache keeps them for pageResult).
      await rankTo(from + count, () => {
        for (const hit of ranked.slice(from, from + count)) resultFile(bundleUrl, layout, hit).catch(() => {});
      });
      return Promise.all(ranked.slice(from, from + count).map((hit) => pageResult(bundleUrl, layout, hit, queries)));
    },
  };
}

/** Positions of the words at the cover offsets (see coverOffsets), each word searched once. */
async function wordPositions(pagefind: Pagefind, words: readonly string[], options: Parameters<Pagefind['search']>[1]) {
  const byWord = new Map<string, Map<string, number[]>>();
  const parts: { offset: number; found: Map<string, number[]> }[] = [];
  for (const offset of coverOffsets(words)) {
    const word = words[offset]!;
    if (!byWord.has(word)) {
      const search = await pagefind.search(word, options);
      byWord.set(word, new Map((search?.results ?? []).map((r) => [r.id, r.words])));
    }
    parts.push({ offset, found: byWord.get(word)! });
  }
  return parts;
}

const loadLayout = (bundleUrl: string) => fetchJson<Layout>(`${bundleUrl}${LAYOUT_FILE}`);

/** Every page's place in the newest-first order (its sort key), from a search with no words. */
const orders = new WeakMap<Pagefind, Promise<Map<string, number>>>();
function pageOrder(pagefind: Pagefind): Promise<Map<string, number>> {
  if (!orders.has(pagefind)) {
    orders.set(pagefind, pagefind.search(null, { sort: { order: 'asc' } }).then((all) => new Map((all?.results ?? []).map((r, i) => [r.id, i]))));
  }
  return orders.get(pagefind)!;
}

/**
 * The search files fetched so far, kept in memory: a page shown again (the next query, a filter changed, "more")
 * costs no request, and each request costs the browser more time than its few bytes.
 */
const files = new Map<string, Promise<unknown>>();
const KEPT_FILES = 500;

function fetchJson<T>(url: string): Promise<T> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`search index incomplete: ${response.status} for ${response.url}`);
      return response.json();
    });
    file.catch(() => files.delete(url));
    files.set(url, file);
    // Maps keep insertion order: the first key is the oldest file.
    if (files.size > KEPT_FILES) files.delete(files.keys().next().value!);
  }
  return file as Promise<T>;
}

/**
 * Loads every index chunk holding a word that starts with the character (see
 * src/lib/search/prefixes.ts); false when no word does, so the character
 * occurs nowhere (Pagefind would otherwise fall back to shorter prefixes).
 */
async function preloadPrefix(pagefind: Pagefind, bundleUrl: string, token: string): Promise<boolean> {
  const words = (await fetchJson<Record<string, string[]>>(`${bundleUrl}${PREFIX_DIR}/${bucketOf(token)}.json`))[token] ?? [];
  if (words.length > 0) await pagefind.preload(words.join(' '));
  return words.length > 0;
}

/** The one file a page shown needs: the shard holding its first match in the body, or its card alone. */
function resultFile(bundleUrl: string, layout: Layout, hit: PageHit): Promise<ShardFile> {
  const firstInBody = hit.starts.find((p) => regionOf(layout, p) === 'body');
  return firstInBody === undefined
    ? fetchJson<ResultCard>(`${bundleUrl}${cardPath(hit.id)}`).then((card) => ({ card, blocks: [] }))
    : fetchJson<ShardFile>(`${bundleUrl}${shardPath(hit.id, shardOf(layout, firstInBody))}`);
}

async function pageResult(bundleUrl: string, layout: Layout, hit: PageHit, forms: readonly string[]): Promise<PageResult> {
  const { card, blocks: shard } = await resultFile(bundleUrl, layout, hit);

  const matched = [...new Set(hit.starts.map((p) => blockAt(card, p)))];
  const leads = card.sections.flatMap((section, index) => {
    const inSection = matched.filter((b) => card.blocks[b]!.section === index).sort((a, b) => a - b);
    // A section whose heading and body both match is one result, led by the body's first match.
    const lead = inSection.find((b) => card.blocks[b]!.text === undefined) ?? inSection[0];
    return lead === undefined ? [] : [{ section, lead }];
  });
  // The first matching section shows an excerpt; its text is at hand (its heading is on the card, or its
  // body holds the first match in the body, in the shard fetched). Further sections are listed by heading.
  const sections: SectionResult[] = leads.map(({ section, lead }, i) => {
    const href = `${card.url}#${card.blocks[lead]!.id}`;
    if (i > 0) return { section: section.anchor, heading: section.heading, href, figures: [] };
    const block = card.blocks[lead]!;
    const { text, figures } = block.text !== undefined ? { text: block.text, figures: block.figures } : shard.find((e) => e.block === lead) ?? { text: '' };
    const query = forms.find((f) => text.includes(f));
    if (!query) throw new Error(`search index out of step: ${href} does not contain ${forms.join(' / ')}`);
    return { section: section.anchor, heading: section.heading, href, excerpt: excerpt(text, query)!, figures: figuresAt(figures, occurrences(text, query)) };
  });
  // The page link goes to the first match: in the headline or the lines around it, else in the first section.
  const first = matched.find((b) => card.blocks[b]!.section === -1) ?? leads[0]?.lead;
  return {
    title: card.title, href: first === undefined ? card.url : `${card.url}#${card.blocks[first]!.id}`,
    date: card.date, kind: card.kind, districts: card.districts, occurrences: hit.starts.length, sections,
  };
}

/** Figures a match overlaps. */
function figuresAt(figures: readonly CardFigure[] | undefined, ranges: { from: number; to: number }[]) {
  return (figures ?? [])
    .filter((f) => ranges.some((r) => r.from < f.to && f.from < r.to))
    .map((f) => ({ anchor: f.anchor, label: f.label }));
}
