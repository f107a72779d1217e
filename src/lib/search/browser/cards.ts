/**
 * What the browser needs to show a result of the exact index, shipped beside it: per page a card (title, link,
 * sections, where each block's words are) and its body text in shards, and the record layout whose regions
 * say whether a position is in the title, a heading or the body (design: src/lib/search/README.md).
 */
import { present } from '../../assert.ts';
import { append } from '../../arrays.ts';

export interface Layout {
  headings: number;
  body: number;
  /** Body text is shipped in shards, one per this many positions: a match's position says which shard holds it. */
  shard: number;
}

export type Region = 'title' | 'heading' | 'body';

export function regionOf(layout: Layout, position: number): Region {
  return position < layout.headings ? 'title' : position < layout.body ? 'heading' : 'body';
}

/** A page's place in the newest-first order of the index, as its sort key. */
export const sortKey = (order: number) => String(order).padStart(6, '0');

/** The shard holding the body text at a position. */
export function shardOf(layout: Layout, position: number): number {
  return Math.floor((position - layout.body) / layout.shard);
}

/** A figure in a block: where its text is (code points) and its anchor and label. */
export interface CardFigure {
  from: number;
  to: number;
  anchor: string;
  label: string;
}

export interface CardBlock {
  id: string;
  /** The position of the block's first word in the record. */
  position: number;
  /** Index into the card's sections; -1 for the title region. */
  section: number;
  /** Title and heading text is on the card; body text is in the shards its positions fall in. */
  text?: string;
  figures?: CardFigure[];
}

export interface ResultCard {
  url: string;
  title: string;
  date: string;
  kind: string;
  districts: string[];
  sections: { anchor: string; heading?: string }[];
  /** Sorted by `position`. */
  blocks: CardBlock[];
}

/**
 * A body block's text in a shard, by the block's index in the card's `blocks`: the whole block, or, for a long
 * block, only the slice around the shard's positions (so a block's shards grow with its length, not its square).
 */
export interface ShardEntry {
  block: number;
  text: string;
  /** The figures in `text`, at their places in the whole block. */
  figures?: CardFigure[];
  /** A slice only: where `text` starts in the block (code points). */
  from?: number;
  /** A slice only: the whole block's length (code points). */
  length?: number;
}

/** The body blocks of one page that have words in a shard's positions. */
export type Shard = ShardEntry[];

/** Part of a block's text (the whole, or slices joined), placed in the block: what an excerpt is cut from. */
export interface BlockText {
  text: string;
  from: number;
  length: number;
  figures: CardFigure[];
}

export function blockText(entry: ShardEntry): BlockText {
  return {
    text: entry.text,
    from: entry.from ?? 0,
    length: entry.length ?? [...entry.text].length,
    figures: entry.figures ?? [],
  };
}

/** Where a block's text in hand ends in the block (code points). */
export const textEnd = (part: BlockText) => part.from + [...part.text].length;

/** Slices of one block from consecutive shards (each overlapping or touching the one before) as one text. */
export function joinSlices(parts: readonly BlockText[]): BlockText {
  const [first, ...rest] = parts;
  if (!first) throw new Error('no slices to join');
  const chars = [...first.text];
  const figures = new Map(first.figures.map((f) => [f.anchor, f]));
  for (const part of rest) {
    const end = first.from + chars.length;
    if (part.from > end) throw new Error(`search slices out of step: a gap from ${end} to ${part.from}`);
    append(chars, [...part.text].slice(end - part.from));
    for (const f of part.figures) figures.set(f.anchor, f);
  }
  return {
    text: chars.join(''),
    from: first.from,
    length: first.length,
    figures: [...figures.values()].sort((a, b) => a.from - b.from),
  };
}

/**
 * A shard as shipped: with the page's card, so a result needs one request (a page matching only in its title or
 * headings fetches the card alone); without it when the card is large (`build/shard-files.ts`), and then the
 * card is fetched after the shard.
 */
export interface ShardFile {
  card?: ResultCard;
  blocks: Shard;
}

/** Where the cards and shards are in the exact bundle: `results/<Pagefind page id>.json`, `results/<id>.<shard>.json`. */
export const RESULTS_DIR = 'results';
export const LAYOUT_FILE = 'layout.json';

export const cardPath = (id: string) => `${RESULTS_DIR}/${id}.json`;
export const shardPath = (id: string, shard: number) => `${RESULTS_DIR}/${id}.${shard}.json`;

/** The index in `blocks` of the block holding a position. */
export function blockAt(card: ResultCard, position: number): number {
  let low = 0;
  let high = card.blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (present(card.blocks[mid], `block ${mid} of ${card.blocks.length}`).position <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}
