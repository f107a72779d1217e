import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor } from '../../src/lib/search/browser/cbor.ts';
import { anyWordPages, phrasePages } from '../../src/lib/search/browser/match.ts';
import {
  decodePagefindFile,
  ENTRY_FILE,
  filterChunkPath,
  indexChunkPath,
  metaFileOf,
  PAGEFIND_VERSION,
  readFilterChunk,
  pagefindCbor,
  readIndexChunk,
  type IndexChunk,
  readMeta,
  type IndexMeta,
  type Postings,
} from '../../src/lib/search/browser/pagefind-files.ts';
import { blockWords, coverWords, firstToken, PAD, queryWords } from '../../src/lib/search/browser/tokens.ts';
import { fileHolding, filesWithPrefix, readPostingsFile } from '../../src/lib/search/browser/postings-files.ts';
import { wordFileOf } from '../../src/lib/search/browser/slices.ts';
import { PostingsGatherer } from '../../src/lib/search/build/postings-files.ts';
import { ROOT, SOURCE_IDS, sourceText } from '../support/sources.ts';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((b) => Number.parseInt(b, 16)));

describe('CBOR', () => {
  it('decodes the examples of RFC 8949, Appendix A, that Pagefind’s files use', () => {
    const examples: [string, unknown][] = [
      ['00', 0],
      ['17', 23],
      ['1818', 24],
      ['1903e8', 1000],
      ['1a000f4240', 1000000],
      ['1b000000e8d4a51000', 1000000000000],
      ['20', -1],
      ['3903e7', -1000],
      ['60', ''],
      ['6449455446', 'IETF'],
      ['62c3bc', 'ü'],
      ['63e6b0b4', '水'],
      ['4401020304', Uint8Array.of(1, 2, 3, 4)],
      ['80', []],
      ['83010203', [1, 2, 3]],
      ['8301820203820405', [1, [2, 3], [4, 5]]],
      ['9f018202039f0405ffff', [1, [2, 3], [4, 5]]],
      ['9fff', []],
    ];
    for (const [bytes, value] of examples) expect(decodeCbor(hex(bytes)), bytes).toEqual(value);
  });

  it('refuses what it does not know, and a value cut short or followed by more', () => {
    expect(() => decodeCbor(hex('a201020304'))).toThrow(/major type 5/); // a map
    expect(() => decodeCbor(hex('f93c00'))).toThrow(/major type 7/); // a float
    expect(() => decodeCbor(hex('830102'))).toThrow(/1 bytes needed, 0 left at byte 3/);
    expect(() => decodeCbor(hex('6449455446'.slice(0, 6)))).toThrow(/4 bytes needed/);
    expect(() => decodeCbor(hex('0101'))).toThrow(/1 bytes after the end/);
    expect(() => decodeCbor(hex('7f'))).toThrow(/indefinite length for major type 3/);
  });
});

/**
 * A real index, built by the pinned Pagefind from real source lines (one
 * record per line, so a word's position is its character's offset in the
 * line), with chunks small enough that words spread over many.
 */
const LINES = [
  ...sourceText(SOURCE_IDS.plan).split('\n').slice(0, 60),
  ...sourceText(SOURCE_IDS.highTechZone).split('\n').slice(50, 70),
  ...sourceText(SOURCE_IDS.highTechZone).split('\n').slice(150, 190),
]
  .map((line) => line.trim())
  .filter((line, i, all) => [...line].length > 1 && all.indexOf(line) === i);

interface Built {
  dir: string;
  meta: IndexMeta;
  /** Page number → the line it indexes. */
  lineOf: Map<number, string>;
  words: Map<string, Postings>;
  chunkFiles: Map<string, IndexChunk>;
}
let built: Built;

const load = (dir: string, file: string) => decodePagefindFile(file, gunzipSync(readFileSync(join(dir, file))));
const loadCbor = (dir: string, file: string) => pagefindCbor(file, gunzipSync(readFileSync(join(dir, file))));

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-files-'));
  // Read by the Pagefind binary, which the first createIndex() of this process starts.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '300';
  const { index } = await pagefind.createIndex({});
  for (const [i, line] of LINES.entries()) {
    const added = await index!.addCustomRecord({
      url: `/line/${i}/`,
      content: blockWords(line).join(' '),
      language: 'und',
      meta: {},
      filters: { line: [String(i)], parity: [i % 2 ? 'odd' : 'even'] },
      sort: { order: String(LINES.length - i).padStart(4, '0') },
    });
    expect(added.errors).toEqual([]);
  }
  expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([]);
  await pagefind.close();
  const meta = readMeta('meta', load(dir, metaFileOf(JSON.parse(readFileSync(join(dir, ENTRY_FILE), 'utf8')))));
  // Which line each page is, from Pagefind's fragment files (JSON), not from what is under test.
  const urlOf = new Map(
    readdirSync(join(dir, 'fragment')).map((file) => {
      const json = gunzipSync(readFileSync(join(dir, 'fragment', file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      return [file.replace(/\.pf_fragment$/, ''), (JSON.parse(json) as { url: string }).url];
    }),
  );
  const lineOf = new Map(meta.pages.map((id, page) => [page, LINES[Number(urlOf.get(id)!.split('/')[2])]!]));
  const chunkFiles = new Map(
    meta.chunks.map((c) => [c.hash, readIndexChunk(c.hash, loadCbor(dir, indexChunkPath(c.hash)))]),
  );
  const words = new Map(
    [...chunkFiles.values()].flatMap((chunk) => [...chunk.words()].map((word) => [word, chunk.get(word)!] as const)),
  );
  built = { dir, meta, lineOf, words, chunkFiles };
}, 60_000);

afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

/** Every position of a word in every line, computed from the lines themselves. */
function expectedPostings(word: string): Postings {
  return postingsOfLines((line) => blockWords(line).flatMap((w, i) => (w === word ? [i] : [])));
}

/** Every offset at which a query stands in every line (overlapping ones too). */
function expectedStarts(query: string): Postings {
  const q = [...query];
  return postingsOfLines((line) => {
    const chars = [...line];
    return chars.flatMap((_, i) => (q.every((c, k) => chars[i + k] === c) ? [i] : []));
  });
}

/** The pages (ascending) whose line has positions by `positionsIn`, with them. */
function postingsOfLines(positionsIn: (line: string) => number[]): Postings {
  const postings: Postings = { pages: [], positions: [] };
  for (const page of [...built.lineOf.keys()].sort((a, b) => a - b)) {
    const positions = positionsIn(built.lineOf.get(page)!);
    if (positions.length === 0) continue;
    postings.pages.push(page);
    postings.positions.push(positions);
  }
  return postings;
}

describe('reading an index written by the pinned Pagefind', () => {
  it('is the version package.json pins exactly', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const pinned = manifest.dependencies?.pagefind ?? manifest.devDependencies?.pagefind;
    const installed = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect([pinned, installed]).toEqual([PAGEFIND_VERSION, PAGEFIND_VERSION]);
  });

  it('reads every page, and every word with all its positions on every page', () => {
    expect(built.meta.pages).toHaveLength(LINES.length);
    expect(built.meta.chunks.length).toBeGreaterThan(5);
    const indexed = new Set(LINES.flatMap((line) => blockWords(line)).filter((w) => w !== PAD));
    expect(new Set(built.words.keys())).toEqual(indexed);
    for (const word of indexed) expect(built.words.get(word), word).toEqual(expectedPostings(word));
  }, 30_000); // every word against every line: near the 5 s default on a busy machine

  it('reads the filters and the sort order', () => {
    const line = readFilterChunk('line', load(built.dir, filterChunkPath(built.meta.filters.get('line')!)));
    const parity = readFilterChunk('parity', load(built.dir, filterChunkPath(built.meta.filters.get('parity')!)));
    const pageOfLine = (i: number) => [...built.lineOf].find(([, text]) => text === LINES[i])![0];
    for (const i of LINES.keys()) expect(line.get(String(i))).toEqual([pageOfLine(i)]);
    expect(new Set(parity.get('odd'))).toEqual(new Set([...LINES.keys()].filter((i) => i % 2).map(pageOfLine)));
    // Sorted ascending by sort value: the last line first.
    expect(built.meta.sorts.get('order')).toEqual([...LINES.keys()].reverse().map(pageOfLine));
  });

  it('refuses the files of another version, and files without Pagefind’s signature', () => {
    expect(() => metaFileOf({ version: '1.5.0', languages: { und: { hash: 'x' } } })).toThrow(
      /not a Pagefind 1\.6\.0 index file \(written by Pagefind 1\.5\.0\)/,
    );
    expect(() => readMeta('m', ['1.7.0', [], [], [], []])).toThrow(/written by Pagefind 1\.7\.0/);
    expect(() => readMeta('m', [PAGEFIND_VERSION, [[1, 2]], [], [], []])).toThrow(/m: .*pages: item 0 is malformed/);
    expect(() => decodePagefindFile('f', Uint8Array.of(1, 2, 3))).toThrow(/f: .*no signature/);
    // [[['綦江', [[0, ['x']]]]]] in CBOR, by hand (RFC 8949: 0x8n an array of n, 0x6n a text of n bytes).
    const chunk = readIndexChunk('c', hex('818182' + '66e7b6a6e6b19f' + '81820081' + '6178'));
    expect([...chunk.words()]).toEqual(['綦江']);
    expect(() => chunk.get('綦江')).toThrow(/c: .*word location is not a number/);
    expect(() => readIndexChunk('c', hex('8181'))).toThrow(/c: .*CBOR: 1 bytes needed/);
    expect(() => readIndexChunk('c', hex('818182600081'))).toThrow(/c: .*a word entry is malformed/);
    expect(() => readIndexChunk('c', hex('80'))).toThrow(/c: .*not a list of words/);
    // [[['綦江', [[2, [0, 5]]]]]]: page 2 of its index, positions 0 and 5; page 102 when the index's first page is 100.
    const held = hex('818182' + '66e7b6a6e6b19f' + '8182028200' + '05');
    expect(readIndexChunk('c', held).get('綦江')).toEqual({ pages: [2], positions: [[0, 5]] });
    expect(readIndexChunk('c', held, 100).get('綦江')).toEqual({ pages: [102], positions: [[0, 5]] });
  });
});

/**
 * The index's postings as the browser reads them: gathered into postings files (build/postings-files.ts) in two
 * slices (the pages before `cut`, then the rest, as readIndexChunk numbers two slices' pages), in files of at most
 * `locations` positions, and each word looked up as the browser does, through its `words/` file.
 */
function published(locations: number, cut: number) {
  const gatherer = new PostingsGatherer();
  for (const part of [(page: number) => page < cut, (page: number) => page >= cut])
    for (const [word, { pages, positions }] of built.words) {
      const kept = pages.flatMap((page, i) => (part(page) ? [i] : []));
      gatherer.add(word, { pages: kept.map((i) => pages[i]!), positions: kept.map((i) => positions[i]!) });
    }
  const { directories, files } = gatherer.files(locations);
  const read = new Map([...files].map(([name, bytes]) => [name, readPostingsFile(name, bytes)]));
  const listed = (token: string) => directories[wordFileOf(token, directories.length)]!;
  return {
    directories,
    files,
    get(word: string) {
      const name = fileHolding(listed(firstToken(word)), word);
      return name === undefined ? undefined : read.get(name)!.get(word);
    },
    startingWith: (token: string) =>
      filesWithPrefix(listed(token), token).flatMap((name) => {
        const file = read.get(name)!;
        return [...file.words()].filter((word) => firstToken(word) === token).map((word) => file.get(word)!);
      }),
  };
}

describe('the postings files', () => {
  it('give every word with all its positions on every page, found through the words/ files', () => {
    const indexed = [...built.words.keys()];
    for (const [locations, cut] of [
      [50, 7],
      [300, 0],
      [4000, LINES.length],
    ] as const) {
      const index = published(locations, cut);
      if (locations === 50) expect(index.files.size).toBeGreaterThan(30);
      if (locations === 4000) expect(index.directories).toHaveLength(1);
      for (const word of indexed) expect(index.get(word), word).toEqual(expectedPostings(word));
      for (const absent of ['北京', 'qzq', '\uffff']) expect(index.get(absent), absent).toBeUndefined();
      for (const token of new Set(indexed.map(firstToken))) {
        const expected = indexed.filter((w) => firstToken(w) === token).map(expectedPostings);
        expect(new Set(index.startingWith(token)), token).toEqual(new Set(expected));
        expect(index.startingWith(token), token).toHaveLength(expected.length);
      }
    }
  }, 60_000);
});

describe('matching a query from the words’ postings', () => {
  // The cover's words only, as the browser fetches them, from the postings files.
  const postingsOf = (query: string) => {
    const index = published(300, 11);
    return coverWords(queryWords(query)!.words).map(({ offset, word }) => ({ offset, postings: index.get(word) }));
  };

  it('finds exactly the lines and offsets where each query stands', () => {
    const queries = [
      '高新技术企业',
      '研发',
      '綦江',
      '2.3%',
      '2.1%',
      '1063',
      '科技创新',
      '“十四五”',
      '国家高新技术企业',
      '北京',
      '2.35%',
      '企业企业',
    ];
    for (const query of queries) expect(phrasePages(postingsOf(query)), query).toEqual(expectedStarts(query));
    // The lines hold all but the last three, some on several lines and more than once on a line.
    expect(queries.map((q) => expectedStarts(q).pages.length > 0)).toEqual(
      queries.map((_, i) => i < queries.length - 3),
    );
    expect(expectedStarts('高新技术企业').pages.length).toBeGreaterThan(1);
    expect(expectedStarts('綦江').positions.some((starts) => starts.length > 1)).toBe(true);
    expect(phrasePages([])).toEqual({ pages: [], positions: [] });
  });

  it('finds one character wherever it stands, from the words that start with it', () => {
    for (const char of ['綦', '新', '%', '2']) {
      const postings = published(300, 11).startingWith(queryWords(char)!.words[0]!);
      expect(anyWordPages(postings), char).toEqual(expectedStarts(char));
    }
  });
});
