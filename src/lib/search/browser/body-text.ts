import { present } from '../../assert.ts';
import { maxOf } from '../../arrays.ts';
import {
  blockText,
  joinSlices,
  shardOf,
  textEnd,
  type BlockText,
  type CardFigure,
  type Layout,
  type Shard,
} from './cards.ts';
import { EXCERPT_CONTEXT, excerptAt, occurrences, type Excerpt } from './excerpt.ts';

/**
 * A match in a body block, from the shards: the excerpt around it and the figures it is part of. A long block is
 * in slices (cards.ts); the slice in the shard holding the match usually reaches past it by the excerpt's context,
 * and for a longer query the shards that follow are fetched and their slices joined.
 */
export interface BodyMatch {
  query: string;
  excerpt: Excerpt;
  figures: { anchor: string; label: string }[];
}

export async function bodyMatch(
  layout: Layout,
  block: { position: number; index: number },
  /** Where the match starts in the record. */
  start: number,
  forms: readonly string[],
  /** The shard holding `start`, fetched already. */
  shard: Shard,
  shardAt: (n: number) => Promise<Shard>,
): Promise<BodyMatch | undefined> {
  const offset = start - block.position;
  const part = await bodyText(layout, block, shard, offset + maxOf(forms.map((f) => [...f].length)), shardAt);
  const at = [...part.text].slice(offset - part.from);
  const query = forms.find((f) => at.slice(0, [...f].length).join('') === f);
  if (query === undefined) return undefined;
  const ranges = occurrences(part.text, query).map((r) => ({ from: r.from + part.from, to: r.to + part.from }));
  return {
    query,
    excerpt: excerptAt(part, offset, query),
    figures: figuresAt(part.figures, ranges),
  };
}

/** A body block's text in hand up to `end` (in the block) and the excerpt's context after it. */
async function bodyText(
  layout: Layout,
  block: { position: number; index: number },
  shard: Shard,
  end: number,
  shardAt: (n: number) => Promise<Shard>,
): Promise<BlockText> {
  const entryOf = (blocks: Shard, n: number | 'fetched') =>
    blockText(
      present(
        blocks.find((e) => e.block === block.index),
        `block ${block.index} in shard ${n}`,
      ),
    );
  const first = entryOf(shard, 'fetched');
  const needed = Math.min(first.length, end + EXCERPT_CONTEXT);
  const covered = textEnd(first);
  if (covered >= needed) return first;
  const more: number[] = [];
  for (let n = shardOf(layout, block.position + covered); n <= shardOf(layout, block.position + needed - 1); n += 1)
    more.push(n);
  const shards = await Promise.all(more.map(shardAt));
  return joinSlices([first, ...shards.map((s, i) => entryOf(s, present(more[i], 'a shard number')))]);
}

/** The figures (anchor and label) that any of the ranges overlaps, all in one block's code points. */
export function figuresAt(figures: readonly CardFigure[] | undefined, ranges: readonly { from: number; to: number }[]) {
  return (figures ?? [])
    .filter((f) => ranges.some((r) => r.from < f.to && f.from < r.to))
    .map((f) => ({ anchor: f.anchor, label: f.label }));
}
