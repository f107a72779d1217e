import type { ResultCard, Shard, ShardFile } from '../browser/cards.ts';

/**
 * A card up to this many bytes is copied into each of its page's shards, so that a result shown costs one
 * request. A larger card (a page of more than about 20,000 characters: the card lists every block's start) is
 * left out of the shards, and the browser fetches it after the shard: copied into the ~200 shards of a
 * 60,000-character page, a 21.6 KB card made a page's shards grow with the square of its length (488 MB of
 * shards for one 20 MB text). Leaving it out of every page's shards was measured too, and cost warm searches
 * 28 ms at 1,000 texts (docs/benchmarks.md, "Shards and the card"). The site's largest card is 6.7 KB.
 */
export const CARD_IN_SHARDS_BYTES = 8 * 1024;

/** The JSON of each shard file of a page, in shard order. */
export function shardFiles(card: ResultCard, shards: readonly Shard[]): string[] {
  const withCard = new TextEncoder().encode(JSON.stringify(card)).length <= CARD_IN_SHARDS_BYTES;
  return shards.map((blocks) => JSON.stringify(withCard ? ({ card, blocks } satisfies ShardFile) : { blocks }));
}
