import { describe, expect, it } from 'vitest';
import { bodyMatch } from '../../src/lib/search/browser/body-text.ts';
import { blockAt, shardOf, type Shard, type ShardFile } from '../../src/lib/search/browser/cards.ts';
import { coverOffsets, phraseStarts, queryWords } from '../../src/lib/search/browser/tokens.ts';
import { exactDocuments, layoutFor } from '../../src/lib/search/build/documents.ts';
import type { SearchPage } from '../../src/lib/search/build/page-text.ts';
import { sourceLines, sourceText, SOURCE_IDS } from '../support/sources.ts';

// Issue 17: a long block's shards grow with its length, and a match far into it still gets its excerpt and anchor.

// Line 7 of the plan, the sentence searched for; the filler is the real text of the Qijiang 2022 report,
// repeated with no line break, which does not contain it.
const PLAN = sourceLines(SOURCE_IDS.plan, 7);
const SENTENCE = '全社会研发经费占地区生产总值的比重达2.3%';
const FILLER = [...sourceText(SOURCE_IDS.highTechZone).replace(/\s+/g, '')];

/** `length` characters of filler, from `skip` characters in. */
const filler = (length: number, skip = 0) =>
  Array.from({ length }, (_, i) => FILLER[(i + skip) % FILLER.length]).join('');

// 100,000 and 200,000 characters; the second ends with the plan's sentence 60 characters before its end.
const LONG = filler(100_000);
const TAIL = filler(60, 7);
const LONGER = filler(200_000 - [...PLAN].length - 60) + PLAN + TAIL;
const FIGURE_FROM = [...LONGER].length - 60 - [...PLAN].length + [...PLAN.slice(0, PLAN.indexOf('2.3%'))].length;

const page: SearchPage = {
  url: '/reports/long/',
  lang: 'zh-CN',
  title: '长段落测试',
  date: '2024-05-01',
  kind: 'report',
  districts: ['綦江'],
  year: '2024',
  front: [{ id: 'title', text: '长段落测试', figures: [] }],
  titleAnchor: 'title',
  sections: [
    {
      anchor: 'p1',
      subheadings: [],
      blocks: [
        { id: 'p1', text: LONG, figures: [] },
        { id: 'p2', text: LONGER, figures: [{ anchor: 'fig-p2-1', from: FIGURE_FROM, to: FIGURE_FROM + 4 }] },
      ],
    },
  ],
};
const layout = layoutFor([page]);
const [document] = exactDocuments([page], (_url, anchor) => (anchor === 'fig-p2-1' ? '研发经费投入强度' : undefined));
const { record, card, shards } = document!;
const words = record.content.split(' ');

/** Where a query starts in the record, found as the browser finds it: the phrase of its pair words. */
function startsOf(query: string): readonly number[] {
  const phrase = queryWords(query)!.words;
  return phraseStarts(
    coverOffsets(phrase).map((offset) => ({
      offset,
      positions: words.flatMap((w, p) => (w === phrase[offset] ? [p] : [])),
    })),
  );
}

describe('a long block in the search shards (issue 17)', () => {
  it('is shipped in slices, so its shards grow in proportion to its length', () => {
    expect(FILLER.join('').includes(SENTENCE)).toBe(false);
    const bytes = (block: number) =>
      shards.reduce(
        (sum, shard) => sum + shard.filter((e) => e.block === block).reduce((s, e) => s + JSON.stringify(e).length, 0),
        0,
      );
    const [short, long] = [bytes(1), bytes(2)];
    // Twice the characters, about twice the bytes (it was four times: each shard held the whole block).
    expect(long / short).toBeGreaterThan(1.8);
    expect(long / short).toBeLessThan(2.5);
    // Every file as written, with its copy of the card: a few times the text, not hundreds.
    const files = shards.reduce((sum, blocks) => sum + JSON.stringify({ card, blocks } satisfies ShardFile).length, 0);
    const text = new TextEncoder().encode(LONG + LONGER).length;
    expect(files / text).toBeLessThan(4);
  });

  it('gives a match near its far end the right paragraph, excerpt and figure', async () => {
    const starts = startsOf(SENTENCE);
    expect(starts).toHaveLength(1);
    const start = starts[0]!;
    const index = blockAt(card, start);
    const block = card.blocks[index]!;
    expect(block.id).toBe('p2');
    const fetched: number[] = [];
    const found = await bodyMatch(
      layout,
      { position: block.position, index },
      start,
      [SENTENCE],
      shards[shardOf(layout, start)]!,
      (n) => {
        fetched.push(n);
        return Promise.resolve(shards[n]!);
      },
    );
    // 50 characters each side, read off the text: the filler before the sentence, the end of the line and the tail.
    const chars = [...LONGER];
    const offset = chars.length - 60 - [...PLAN].length + [...PLAN.slice(0, PLAN.indexOf(SENTENCE))].length;
    expect(found!.excerpt).toEqual({
      before: `…${chars.slice(offset - 50, offset).join('')}`,
      match: SENTENCE,
      after: `${(PLAN.slice(PLAN.indexOf(SENTENCE) + SENTENCE.length) + TAIL).slice(0, 50)}…`,
      offset,
    });
    expect(found!.figures).toEqual([{ anchor: 'fig-p2-1', label: '研发经费投入强度' }]);
    expect(fetched).toEqual([]);
  });

  it('joins the next shards’ slices for a query that runs past the one fetched', async () => {
    const index = 2;
    const block = card.blocks[index]!;
    const chars = [...LONGER];
    // A 150-character query starting 10 positions before the end of a shard far into the block.
    const shard = shardOf(layout, block.position + 150_000);
    const start = layout.body + (shard + 1) * layout.shard - 10;
    const offset = start - block.position;
    const query = chars.slice(offset, offset + 150).join('');
    const fetched: number[] = [];
    const found = await bodyMatch(
      layout,
      { position: block.position, index },
      start,
      [query],
      shards[shard] as Shard,
      (n) => {
        fetched.push(n);
        return Promise.resolve(shards[n]!);
      },
    );
    expect(fetched).toEqual([shard + 1]);
    expect(found!.excerpt).toEqual({
      before: `…${chars.slice(offset - 50, offset).join('')}`,
      match: query,
      after: `${chars.slice(offset + 150, offset + 200).join('')}…`,
      offset,
    });
  });

  it('is whole in every shard it reaches up to 5,000 characters, as every paragraph of the site is', () => {
    const paragraph = filler(4_990);
    const [whole] = exactDocuments(
      [
        {
          ...page,
          sections: [{ anchor: 'p1', subheadings: [], blocks: [{ id: 'p1', text: paragraph, figures: [] }] }],
        },
      ],
      () => undefined,
      layout,
    );
    expect(whole!.shards).toHaveLength(17);
    for (const shard of whole!.shards) expect(shard).toEqual([{ block: 1, text: paragraph }]);
  });
});
