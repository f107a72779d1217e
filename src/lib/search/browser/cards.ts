/**
 * What the browser needs to show a result of the exact index, shipped beside it: per page a card (title, link,
 * sections, where each block's words are) and its body text in shards, and the record layout whose regions
 * say whether a position is in the title, a heading or the body (design: src/lib/search/README.md).
 */
import { present } from '../../assert.ts';

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

/** The body blocks of one page that have words in a shard's positions, by their index in the card's `blocks`. */
export type Shard = { block: number; text: string; figures?: CardFigure[] }[];

/** A shard as shipped: with the page's card, so a result needs one request (a page matching only in its title or headings fetches the card alone). */
export interface ShardFile {
  card: ResultCard;
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
