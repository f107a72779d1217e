import { describe, expect, it } from 'vitest';
import type { ResultCard, ShardFile } from '../../src/lib/search/browser/cards.ts';
import { CARD_IN_SHARDS_BYTES, shardFiles } from '../../src/lib/search/build/shard-files.ts';
import { sourceLines, SOURCE_IDS } from '../support/sources.ts';

// A real heading of a seed report, as every section's heading.
const heading = sourceLines(SOURCE_IDS.newForces, 21).replace(/^#+\s*/u, '');
const card = (paragraphs: number): ResultCard => ({
  url: '/reports/long/',
  title: '长篇报告',
  date: '2025-06',
  kind: 'report',
  districts: ['万州'],
  sections: [{ anchor: 's1', heading }],
  blocks: Array.from({ length: paragraphs }, (_, i) => ({ id: `p${i + 1}`, position: 1000 + 100 * i, section: 0 })),
});
const shards = [[{ block: 0, text: '正文' }], [{ block: 1, text: '正文' }]];
const parsed = (files: string[]) => files.map((file) => JSON.parse(file) as ShardFile);

describe('the card in the search shards (issue 22)', () => {
  it('is copied into every shard of a page whose card is small, as before', () => {
    const small = card(20);
    expect(Buffer.byteLength(JSON.stringify(small))).toBeLessThanOrEqual(CARD_IN_SHARDS_BYTES);
    expect(shardFiles(small, shards)).toEqual(shards.map((blocks) => JSON.stringify({ card: small, blocks })));
  });

  it('is left out of the shards of a long page, whose card grows with it', () => {
    const large = card(1000);
    expect(Buffer.byteLength(JSON.stringify(large))).toBeGreaterThan(CARD_IN_SHARDS_BYTES);
    expect(parsed(shardFiles(large, shards))).toEqual(shards.map((blocks) => ({ blocks })));
  });
});
