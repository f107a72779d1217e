import { CborCursor, decodeCbor } from './cbor.ts';

/**
 * Reads the exact index as Pagefind writes it: the build reads back every chunk and gathers the postings into the
 * postings files the browser reads (postings-files.ts), and the browser reads the filter chunks. Pagefind's file
 * format is internal to it, so this reads exactly one version and refuses any other (why: src/lib/search/README.md).
 *
 * The files are gzip; inside, a signature and one CBOR value:
 * - metadata `pagefind.<hash>.pf_meta` (read back by the build; the browser reads the bundle's directory,
 *   slices.ts): [version, pages [[id, word count, …]],
 *   index chunks [[first word, last word, hash]], filters [[name, hash]],
 *   sorts [[name, [page numbers in order]]], …];
 * - index chunk `index/<hash>.pf_index`: [[[word, [[page number, locations, …]], …]]],
 *   page numbers as the difference from the word's previous page, locations as
 *   differences from the previous location, with negative numbers between them
 *   that set the weight of the locations after them;
 * - filter chunk `filter/<hash>.pf_filter`: [name, [[value, [page numbers]]]].
 */
export const PAGEFIND_VERSION = '1.6.0';
export const SIGNATURE = 'pagefind_dcd';
export const ENTRY_FILE = 'pagefind-entry.json';

export interface IndexChunkRef {
  /** The chunk's first and last words, cut to the letters that tell them from the neighbouring chunks'. */
  from: string;
  to: string;
  hash: string;
}

export interface IndexMeta {
  /** Page number → Pagefind's id of the page. */
  pages: string[];
  chunks: IndexChunkRef[];
  /** Filter name → hash of its chunk. */
  filters: Map<string, string>;
  /** Sort name → page numbers in ascending order of their sort value. */
  sorts: Map<string, number[]>;
}

/**
 * A word's places: the pages that hold it, ascending, and its positions in each page's record, ascending
 * (`positions[i]` are in page `pages[i]`). Sorted lists, not a map: a frequent word is on most pages of a large
 * index, and the slices' lists are joined, and matched with other words', by walking them in order, with no hashing
 * (docs/benchmarks.md, "Fewer allocations per matching page").
 */
export interface Postings {
  pages: number[];
  positions: (readonly number[])[];
}

export const metaPath = (hash: string) => `pagefind.${hash}.pf_meta`;
export const indexChunkPath = (hash: string) => `index/${hash}.pf_index`;
export const filterChunkPath = (hash: string) => `filter/${hash}.pf_filter`;

class FormatError extends Error {
  constructor(file: string, why: string) {
    super(`${file}: not a Pagefind ${PAGEFIND_VERSION} index file (${why})`);
  }
}

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isString = (value: unknown): value is string => typeof value === 'string';

/** A list whose items `read` turns into values (undefined: malformed). */
function listOf<T>(file: string, value: unknown, what: string, read: (item: unknown[]) => T | undefined): T[] {
  if (!isArray(value)) throw new FormatError(file, `${what} is not a list`);
  return value.map((item, i) => {
    const result = isArray(item) ? read(item) : undefined;
    if (result === undefined) throw new FormatError(file, `${what}: item ${i} is malformed`);
    return result;
  });
}

/** The metadata file's name, from `pagefind-entry.json` of a bundle of one language. */
export function metaFileOf(entry: unknown): string {
  const { version, languages } = (entry ?? {}) as { version?: unknown; languages?: Record<string, { hash?: unknown }> };
  if (version !== PAGEFIND_VERSION) throw new FormatError(ENTRY_FILE, `written by Pagefind ${String(version)}`);
  const hashes = Object.values(languages ?? {}).map((language) => language.hash);
  if (hashes.length !== 1 || !isString(hashes[0]))
    throw new FormatError(ENTRY_FILE, `${hashes.length} languages, one expected`);
  return metaPath(hashes[0]);
}

/** The CBOR of a Pagefind file, once gunzipped (a host may have done that already, by Content-Encoding). */
export function pagefindCbor(file: string, bytes: Uint8Array): Uint8Array {
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new FormatError(file, 'no signature');
  return bytes.subarray(SIGNATURE.length);
}

/** Reading a file's CBOR, its errors named as the file's. */
function reading<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof FormatError ? error : new FormatError(file, (error as Error).message);
  }
}

/** The CBOR value of a Pagefind file, once gunzipped. */
export function decodePagefindFile(file: string, bytes: Uint8Array): unknown {
  const cbor = pagefindCbor(file, bytes);
  return reading(file, () => decodeCbor(cbor));
}

export function readMeta(file: string, value: unknown): IndexMeta {
  if (!isArray(value) || value.length < 5) throw new FormatError(file, 'metadata is not a list of five or more parts');
  const [version, pages, chunks, filters, sorts] = value;
  if (version !== PAGEFIND_VERSION) throw new FormatError(file, `written by Pagefind ${String(version)}`);
  return {
    pages: listOf(file, pages, 'pages', ([id]) => (isString(id) ? id : undefined)),
    chunks: listOf(file, chunks, 'index chunks', ([from, to, hash]) =>
      isString(from) && isString(to) && isString(hash) ? { from, to, hash } : undefined,
    ),
    filters: new Map(
      listOf(file, filters, 'filters', ([name, hash]) =>
        isString(name) && isString(hash) ? ([name, hash] as const) : undefined,
      ),
    ),
    sorts: new Map(
      listOf(file, sorts, 'sorts', ([name, order]) =>
        isString(name) && isArray(order) && order.every(isNumber) ? ([name, order] as const) : undefined,
      ),
    ),
  };
}

/** An index chunk: its words, and a word's postings, decoded from the file's bytes when first asked for. */
export interface IndexChunk {
  words(): IterableIterator<string>;
  get(word: string): Postings | undefined;
}

/**
 * An index chunk read lazily, from its CBOR (pagefindCbor): the words at once, each word's postings only when
 * asked for. `firstPage` is the number of the index's first page (a slice's offset, slices.ts): the postings' page
 * numbers start from it, so no copy moves them past earlier slices.
 */
export function readIndexChunk(file: string, cbor: Uint8Array, firstPage = 0): IndexChunk {
  const spans = reading(file, () => wordSpans(file, cbor));
  return decodedOnDemand(spans, (word, { from, to }) =>
    reading(file, () => postingsAt(file, word, new CborCursor(cbor, from, to), firstPage)),
  );
}

/** Where a word's postings are in a file's bytes. */
export interface ByteSpan {
  from: number;
  to: number;
}

/** Words whose postings are decoded from their bytes when first asked for, and kept. */
export function decodedOnDemand(
  spans: ReadonlyMap<string, ByteSpan>,
  decode: (word: string, span: ByteSpan) => Postings,
): IndexChunk {
  const decoded = new Map<string, Postings>();
  return {
    words: () => spans.keys(),
    get(word) {
      const span = spans.get(word);
      if (!span) return undefined;
      let postings = decoded.get(word);
      if (!postings) {
        postings = decode(word, span);
        decoded.set(word, postings);
      }
      return postings;
    },
  };
}

/** Where each word's postings are in a chunk: [[[word, postings, …], …], …]. */
function wordSpans(file: string, cbor: Uint8Array): Map<string, ByteSpan> {
  const cursor = new CborCursor(cbor);
  const malformed = (why: string) => new FormatError(file, why);
  const parts = cursor.arrayHead('index chunk');
  if (!cursor.more(parts, 0)) throw malformed('index chunk is not a list of words');
  const spans = new Map<string, ByteSpan>();
  const entries = cursor.arrayHead('index chunk words');
  for (let e = 0; cursor.more(entries, e); e++) {
    const fields = cursor.arrayHead('a word entry');
    const word = cursor.more(fields, 0) ? cursor.item() : undefined;
    if (!isString(word) || !cursor.more(fields, 1)) throw malformed('a word entry is malformed');
    const from = cursor.offset;
    if (cursor.head() !== 4) throw malformed('a word entry is malformed');
    cursor.offset = from;
    cursor.skip();
    spans.set(word, { from, to: cursor.offset });
    for (let f = 2; cursor.more(fields, f); f++) cursor.skip();
  }
  for (let p = 1; cursor.more(parts, p); p++) cursor.skip();
  if (cursor.offset !== cbor.length) throw malformed(`${cbor.length - cursor.offset} bytes after the end of the value`);
  return spans;
}

/**
 * A word's postings: [[page number, locations, …], …], page numbers as differences from the word's previous page,
 * locations as differences from the previous location, with weight markers (negative) between them.
 */
function postingsAt(file: string, word: string, cursor: CborCursor, firstPage: number): Postings {
  const postings: Postings = { pages: [], positions: [] };
  const number = (why: string) => {
    const major = cursor.head();
    if (major === 0) return cursor.argument;
    if (major === 1) return -1 - cursor.argument;
    throw new FormatError(file, why);
  };
  const pages = cursor.arrayHead(`the pages of ${word}`);
  let page = firstPage;
  for (let p = 0; cursor.more(pages, p); p++) {
    if (cursor.head() !== 4 || cursor.argument === 0) throw new FormatError(file, `a page of ${word} is malformed`);
    const n = cursor.argument;
    page += number(`a page of ${word} is malformed`);
    if (!cursor.more(n, 1)) throw new FormatError(file, 'word locations are not a list');
    const locationsAt = cursor.offset;
    if (cursor.head() !== 4) throw new FormatError(file, 'word locations are not a list');
    cursor.offset = locationsAt;
    const locations = cursor.arrayHead('word locations');
    const positions: number[] = [];
    let position = 0;
    for (let l = 0; cursor.more(locations, l); l++) {
      const location = number('a word location is not a number');
      if (location < 0) continue;
      position += location;
      positions.push(position);
    }
    postings.pages.push(page);
    postings.positions.push(positions);
    for (let f = 2; cursor.more(n, f); f++) cursor.skip();
  }
  return postings;
}

/** A filter chunk: value → page numbers. */
export function readFilterChunk(file: string, value: unknown): Map<string, number[]> {
  if (!isArray(value) || !isString(value[0])) throw new FormatError(file, 'filter chunk has no name');
  return new Map(
    listOf(file, value[1], `values of filter ${value[0]}`, ([name, pages]) =>
      isString(name) && isArray(pages) && pages.every(isNumber) ? ([name, pages] as const) : undefined,
    ),
  );
}
