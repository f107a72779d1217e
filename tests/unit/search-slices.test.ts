import { describe, expect, it } from 'vitest';
import type { Postings } from '../../src/lib/search/browser/pagefind-files.ts';
import {
  idsFileOf,
  idsPath,
  sliceDir,
  sliceOffsets,
  wordFileOf,
  wordsPath,
} from '../../src/lib/search/browser/slices.ts';
import { idFiles } from '../../src/lib/search/build/bundle-directory.ts';
import { phrasePages } from '../../src/lib/search/browser/match.ts';
import { fileHolding, readPostingsFile } from '../../src/lib/search/browser/postings-files.ts';
import { PostingsGatherer } from '../../src/lib/search/build/postings-files.ts';
import { blockWords, coverWords, firstToken, queryWords } from '../../src/lib/search/browser/tokens.ts';
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

  it('gives each language slices of its own, Chinese first, however large a slice may be', () => {
    const english = pages.slice(0, 3).map((page, i) => ({ ...page, url: `/en/reports/r${i}/`, lang: 'en' }));
    const runs = sliceRuns(pageOrder([...english, ...pages]), 10 ** 9);
    expect(runs.map((run) => run.map((page) => page.lang))).toEqual([ordered.map(() => 'zh-CN'), ['en', 'en', 'en']]);
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
  it('numbers a slice’s pages after the slices before it', () => {
    expect(sliceOffsets([{ pages: 2 }, { pages: 1 }, { pages: 3 }])).toEqual([0, 2, 3]);
    expect(sliceOffsets([])).toEqual([]);
  });

  it('gathers a word’s postings from every slice that holds it, so a phrase is found in each', () => {
    // Each page one source line, as its slice's page 0; the query's pair words looked up in each slice.
    // As readIndexChunk gives them: page numbers past the slices before (one page each here).
    const postingsIn = (text: string, word: string, slice: number): Postings => {
      const positions = blockWords(text).flatMap((w, i) => (w === word ? [i] : []));
      return positions.length > 0 ? { pages: [slice], positions: [positions] } : { pages: [], positions: [] };
    };
    const query = queryWords('企业')!.words;
    const holding = LINES.filter((line) => line.includes('企业'));
    expect(holding.length).toBeGreaterThan(1);
    expect(holding.length).toBeLessThan(LINES.length);
    const gatherer = new PostingsGatherer();
    LINES.forEach((line, slice) => {
      for (const word of new Set(blockWords(line))) gatherer.add(word, postingsIn(line, word, slice));
    });
    const { directories, files } = gatherer.files();
    const postingsOf = (word: string) => {
      const name = fileHolding(directories[wordFileOf(firstToken(word), directories.length)]!, word);
      return name === undefined ? undefined : readPostingsFile(name, files.get(name)!).get(word);
    };
    const found = phrasePages(coverWords(query).map(({ offset, word }) => ({ offset, postings: postingsOf(word) })));
    expect(found.pages.map((page) => LINES[page])).toEqual(holding);
  });

  it('finds a slice’s files in its folder, the first slice at the root, and a page’s id in its ids file', () => {
    expect(sliceDir(0)).toBe('');
    expect(sliceDir(3)).toBe('slice-3/');
    expect([0, 127, 128, 300].map(idsFileOf)).toEqual([0, 0, 1, 2]);
    expect(idsPath(2)).toBe('ids/2.json');
    const ids = Array.from({ length: 300 }, (_, i) => `und_${i}`);
    const files = idFiles(ids);
    expect(files.map((file) => file.length)).toEqual([128, 128, 44]);
    expect(files[idsFileOf(200)]![200 % 128]).toBe('und_200');
  });
});

describe('the words directory', () => {
  it('spreads characters over the files by FNV-1a', () => {
    // The published FNV-1a 32-bit test vectors.
    expect(wordFileOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(wordFileOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(wordFileOf('綦', 7)).toBeLessThan(7);
    expect(wordsPath('zh', 4)).toBe('words/zh-4.json');
  });
});
