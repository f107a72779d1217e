import { present } from '../../assert.ts';
import type { SearchBlock, SearchPage } from './page-text.ts';
import { blockWords, PAD } from '../browser/tokens.ts';
import {
  shardOf,
  sortKey,
  type CardBlock,
  type CardFigure,
  type Layout,
  type ResultCard,
  type Shard,
  type ShardEntry,
} from '../browser/cards.ts';
import { append, maxOf } from '../../arrays.ts';
import { LOCALES, type Locale } from '../../site/locale.ts';

/**
 * The exact index: one Pagefind custom record per page, its blocks' pair words in three padded regions (title,
 * headings, body), and beside it the page's result card and text shards (design: src/lib/search/README.md).
 */
export interface ExactRecord {
  url: string;
  content: string;
  language: 'und';
  /** Pagefind indexes meta as words: none, the card carries what results show. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface ExactDocument {
  record: ExactRecord;
  card: ResultCard;
  shards: Shard[];
}

/** A figure's label for the result list, by page URL and anchor (from data/pages/<page>.json). */
export type FigureLabels = (page: string, anchor: string) => string | undefined;

/** Body text is fetched in shards of this many positions (characters). */
const SHARD_POSITIONS = 300;
/**
 * A block up to this long is whole in every shard it reaches (the site's longest, an English paragraph, has 4,449
 * characters); a longer one is in slices, so its shards grow with its length, not with its square.
 */
const WHOLE_BLOCK_CHARS = 5000;
/**
 * A slice reaches this far beyond its shard's positions either side: the excerpt's context and a query of up to
 * 50 characters starting in the shard, so one file is enough (a longer query fetches the shards that follow).
 */
const SLICE_MARGIN = 100;
const REGION_STEP = 100;

const length = (blocks: readonly SearchBlock[]) => blocks.reduce((sum, b) => sum + [...b.text].length, 0);
const headingsOf = (page: SearchPage) =>
  page.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.subheadings]);

/** The characters of a page's text that the exact index holds as words. */
export const pageLength = (page: SearchPage) =>
  length(page.front) + length(headingsOf(page)) + length(page.sections.flatMap((s) => s.blocks));
const roundUp = (n: number) => Math.ceil((n + 1) / REGION_STEP) * REGION_STEP;

/** The site language a page of the index is in. */
export const pageLocale = (page: Pick<SearchPage, 'lang'>): Locale => (page.lang.startsWith('zh') ? 'zh' : 'en');

/**
 * Language (Chinese first), then newest first, then by URL: a page's place in this order is its page number and
 * sort key. A search ranks the pages of one language, so ties go to the newest; and each language's pages are a run,
 * so a slice holds one language and a search reads only its language's slices (browser/slices.ts).
 */
export function pageOrder(pages: readonly SearchPage[]): SearchPage[] {
  const rank = (page: SearchPage) => LOCALES.indexOf(pageLocale(page));
  return [...pages].sort(
    (a, b) => rank(a) - rank(b) || (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1),
  );
}

export function layoutFor(pages: readonly SearchPage[]): Layout {
  const headings = roundUp(maxOf([0, ...pages.map((p) => length(p.front))]));
  return {
    headings,
    body: headings + roundUp(maxOf([0, ...pages.map((p) => length(headingsOf(p)))])),
    shard: SHARD_POSITIONS,
  };
}

export function exactDocuments(
  pages: readonly SearchPage[],
  labels: FigureLabels,
  layout = layoutFor(pages),
): ExactDocument[] {
  return orderedDocuments(pageOrder(pages), 0, labels, layout);
}

/** The documents of pages already in the newest-first order, the first of them at place `first` (a slice's). */
export function orderedDocuments(
  ordered: readonly SearchPage[],
  first: number,
  labels: FigureLabels,
  layout: Layout,
): ExactDocument[] {
  return ordered.map((page, place) => {
    try {
      return exactDocument(page, first + place, labels, layout);
    } catch (error) {
      // Name the page: the error alone (a stack overflow, say) does not say which input caused it.
      throw new Error(`search index of ${page.url}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  });
}

function exactDocument(page: SearchPage, order: number, labels: FigureLabels, layout: Layout): ExactDocument {
  const words: string[] = [];
  const blocks: CardBlock[] = [];
  const shards: Shard[] = [];
  const figuresOf = (block: SearchBlock): { figures?: CardFigure[] } => {
    const figures = block.figures.map((f) => ({
      from: f.from,
      to: f.to,
      anchor: f.anchor,
      label: labels(page.url, f.anchor) ?? '',
    }));
    return figures.length > 0 ? { figures } : {};
  };
  const add = (block: SearchBlock, section: number, body: boolean) => {
    const position = words.length;
    const figures = figuresOf(block);
    append(words, blockWords(block.text));
    if (!body) {
      blocks.push({ id: block.id, position, section, text: block.text, ...figures });
      return;
    }
    const chars = [...block.text];
    for (let shard = shardOf(layout, position); shard <= shardOf(layout, words.length - 1); shard += 1) {
      while (shards.length <= shard) shards.push([]);
      const entry: ShardEntry =
        chars.length <= WHOLE_BLOCK_CHARS
          ? { block: blocks.length, text: block.text, ...figures }
          : sliceFor(
              blocks.length,
              chars,
              figures.figures ?? [],
              layout.body + shard * layout.shard - position,
              layout.shard,
            );
      present(shards[shard], `shard ${shard}`).push(entry);
    }
    blocks.push({ id: block.id, position, section });
  };
  const padTo = (position: number) => {
    if (words.length > position)
      throw new Error(`search layout too small for ${page.url}: ${words.length} words before position ${position}`);
    while (words.length < position) words.push(PAD);
  };
  for (const block of page.front) add(block, -1, false);
  padTo(layout.headings);
  page.sections.forEach((section, i) => {
    for (const heading of [...(section.heading ? [section.heading] : []), ...section.subheadings])
      add(heading, i, false);
  });
  padTo(layout.body);
  page.sections.forEach((section, i) => {
    for (const block of section.blocks) add(block, i, true);
  });
  const card: ResultCard = {
    url: page.url,
    title: page.title,
    date: page.date,
    kind: page.kind,
    districts: page.districts,
    sections: page.sections.map((s) => ({ anchor: s.anchor, ...(s.heading ? { heading: s.heading.text } : {}) })),
    blocks,
  };
  const record: ExactRecord = {
    url: page.url,
    content: words.join(' '),
    language: 'und',
    meta: {},
    // No language filter: a slice holds one language (pageOrder).
    filters: {
      district: page.districts,
      kind: [page.kind],
      year: [page.year],
    },
    sort: { order: sortKey(order) },
  };
  return { record, card, shards };
}

/** The slice of a long block a shard carries: the shard's positions (`start` in the block, `size` of them) and a margin. */
function sliceFor(
  block: number,
  chars: readonly string[],
  figures: readonly CardFigure[],
  start: number,
  size: number,
): ShardEntry {
  const from = Math.max(0, start - SLICE_MARGIN);
  const to = Math.min(chars.length, start + size + SLICE_MARGIN);
  const inSlice = figures.filter((f) => f.from < to && from < f.to);
  return {
    block,
    text: chars.slice(from, to).join(''),
    ...(inSlice.length > 0 ? { figures: inSlice } : {}),
    from,
    length: chars.length,
  };
}
