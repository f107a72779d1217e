import type { Page } from './pages.ts';
import type { TextUnit } from './types.ts';

/** Every text unit of a page in reading order, front lines first. */
export function* textUnits(page: Page): Generator<TextUnit> {
  for (const line of page.front) yield line.unit;
  for (const block of page.blocks) {
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
        yield block.unit;
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
}

/** `4-10` or `11`: the source lines a unit was made from. */
export function lineRange(unit: TextUnit): string {
  const lines = unit.spans.map((s) => s.line);
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  return first === last ? String(first) : `${first}-${last}`;
}
