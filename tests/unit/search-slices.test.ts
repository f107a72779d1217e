import { describe, expect, it } from 'vitest';
import type { IndexMeta, Postings } from '../../src/lib/search/browser/pagefind-files.ts';
import { dirOfMeta, joinPostings, joinSlices, shiftPostings, sliceDir } from '../../src/lib/search/browser/slices.ts';
import { phrasePages } from '../../src/lib/search/browser/match.ts';
import { blockWords, queryWords } from '../../src/lib/search/browser/tokens.ts';
import { orderedDocuments, pageLength, pageOrder } from '../../src/lib/search/build/documents.ts';
import type { SearchPage } from '../../src/lib/search/build/page-text.ts';
import { sliceRuns } from '../../src/lib/search/build/slices.ts';
import { sourceLines, SOURCE_IDS } from '../support/sources.ts';

// Source lines of the Qijiang 2022 report: one block each.
const LINES = sourceLines(SOURCE_IDS.highTechZone, 150, 170)
  .split('\n')
  .filter((line) => line.trim() !== '');

const pageOf = (url: string, date: string, texts: readonly string[]): SearchPage => ({
  url,
  lang: 'zh-CN',
  title: url,
  date,
  kind: 'report',
  districts: ['綦江'],
  year: date.slice(0, 4),
  front: [{ id: 'title', text: url, figures: [] }],
  titleAnchor: 'title',
  sections: [{ anchor: 's1', subheadings: [], blocks: texts.map((text, i) => ({ id: `p${i}`, text, figures: [] })) }],
});

const metaOf = (pages: string[], order: number[]): IndexMeta => ({
  pages,
  chunks: [],
  filters: new Map(),
  sorts: new Map([['order', order]]),
});

describe('cutting the exact index into slices', () => {
  const pages = LINES.map((line, i) => pageOf(`/reports/r${i}/`, `2022-0${(i % 9) + 1}`, [line]));
  const ordered = pageOrder(pages);

  it('keeps the newest-first order, every page once, each slice within its characters but for a page alone', () => {
    const budget = Math.max(...pages.map(pageLength)) + 10;
    const runs = sliceRuns(ordered, budget);
    expect(runs.flat()).toEqual(ordered);
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run.reduce((sum, page) => sum + pageLength(page), 0)).toBeLessThanOrEqual(budget);
    // A budget smaller than any page: each page a slice of its own, none dropped.
    expect(sliceRuns(ordered, 1).map((run) => run.length)).toEqual(ordered.map(() => 1));
    // A budget larger than the whole: one slice, as a small site has.
    expect(sliceRuns(ordered, 10 ** 9)).toEqual([ordered]);
    expect(() => sliceRuns(ordered, Number.NaN)).toThrow('must hold some characters');
  });

  it('counts a page by the characters of its headline, headings and body', () => {
    const page = pageOf('/reports/x/', '2022', [LINES[0]!]);
    expect(pageLength(page)).toBe([...'/reports/x/'].length + [...LINES[0]!].length);
  });

  it('gives each page of a slice its place in the whole order, so slices sort as one index', () => {
    const runs = sliceRuns(ordered, 1);
    let first = 0;
    const keys = runs.flatMap((run) => {
      const documents = orderedDocuments(run, first, () => undefined, { headings: 100, body: 200, shard: 300 });
      first += run.length;
      return documents.map((d) => d.record.sort.order);
    });
    expect(keys).toEqual(ordered.map((_, i) => String(i).padStart(6, '0')));
  });
});

describe('reading the slices as one index', () => {
  it('numbers a slice’s pages after the slices before it, and places them in the whole order', () => {
    // Slice 0 holds the two newest pages (Pagefind numbered them in another order than the sort), slice 1 the third.
    const joined = joinSlices([metaOf(['b', 'a'], [1, 0]), metaOf(['c'], [0])]);
    expect(joined.ids).toEqual(['b', 'a', 'c']);
    expect(joined.offsets).toEqual([0, 2]);
    expect([...joined.order].sort(([x], [y]) => x - y)).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
    expect(() => joinSlices([metaOf(['a', 'b'], [0])])).toThrow('1 of 2 pages of slice 0');
  });

  it('joins a word’s postings from every slice that holds it, so a phrase is found in each', () => {
    // Each page one source line, as its slice's page 0; the query's pair words looked up in each slice.
    const postingsIn = (text: string, word: string): Postings | undefined => {
      const positions = blockWords(text).flatMap((w, i) => (w === word ? [i] : []));
      return positions.length > 0 ? new Map([[0, positions]]) : undefined;
    };
    const query = queryWords('企业')!.words;
    const holding = LINES.filter((line) => line.includes('企业'));
    expect(holding.length).toBeGreaterThan(1);
    expect(holding.length).toBeLessThan(LINES.length);
    const found = phrasePages(
      query.map((word) =>
        joinPostings(
          LINES.map((line, slice) => {
            const postings = postingsIn(line, word);
            return postings && shiftPostings(postings, slice);
          }),
        ),
      ),
    );
    expect([...found.keys()].map((page) => LINES[page])).toEqual(holding);
    expect(joinPostings([undefined, undefined])).toBeUndefined();
    const one = new Map([[3, [1, 2]]]);
    expect(joinPostings([undefined, one])).toBe(one);
    expect(shiftPostings(one, 0)).toBe(one);
  });

  it('finds a slice’s files in its folder, the first slice at the root', () => {
    expect(sliceDir(0)).toBe('');
    expect(sliceDir(3)).toBe('slice-3/');
    expect(dirOfMeta(`${sliceDir(3)}pagefind.und_abc.pf_meta`)).toBe('slice-3/');
    expect(dirOfMeta('pagefind.und_abc.pf_meta')).toBe('');
  });
});
