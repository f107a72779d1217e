import type { Page } from './pages.ts';
import type { Block, Passage } from './types.ts';
import { maxOf, minOf } from '../arrays.ts';

/** Every passage of a page in reading order, front lines first. */
export function* passagesOf(page: Page): Generator<Passage> {
  for (const line of page.front) yield line.passage;
  for (const block of page.blocks) yield* blockPassages(block);
}

/** The passages of one block in reading order. */
export function* blockPassages(block: Block): Generator<Passage> {
  switch (block.kind) {
    case 'heading':
      yield block.title;
      yield* block.subtitles;
      break;
    case 'paragraph':
    case 'caption':
    case 'byline':
    case 'colophon':
    case 'front':
      yield block.passage;
      break;
    case 'list':
      yield* block.items;
      break;
    case 'box':
      yield block.title;
      yield* block.items;
      break;
    case 'table':
      yield block.caption;
      yield* block.header;
      for (const row of block.rows) yield* row;
      break;
    case 'chapter':
      yield block.title;
      break;
  }
}

/** `4-10` or `11`: the source lines a passage was made from. */
export function lineRange(passage: Passage): string {
  const lines = passage.spans.map((s) => s.line);
  const first = minOf(lines);
  const last = maxOf(lines);
  return first === last ? String(first) : `${first}-${last}`;
}
