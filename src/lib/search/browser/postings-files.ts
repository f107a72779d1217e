import { decodedOnDemand, type ByteSpan, type IndexChunk, type Postings } from './pagefind-files.ts';

/**
 * The exact index's postings files (design: src/lib/search/README.md, "Postings files"). The build gathers each
 * word's postings from every slice of its language into one place (build/postings-files.ts), so a word costs one
 * request however many slices the index has, and the browser decodes it with one loop of bytes.
 *
 * A file, once gunzipped: the signature, then its words in ascending order (JavaScript's string order), each as
 * - the UTF-8 length of the word, and the word;
 * - the length in bytes of its postings, and the postings: the number of pages, then for each page the page
 *   number less the previous page's (the first: the page number), the number of positions, and each position
 *   less the previous one (the first: the position).
 *
 * Every number is an unsigned LEB128 varint. A format of the site's own rather than a general one: read as CBOR
 * (Pagefind's format, cbor.ts: a head and a type check per number), the 340,000 positions of 高新技术企业's cover
 * words at 10,000 texts took 52 ms to decode in Node, and take 16 ms as varints (docs/benchmarks.md, "Postings
 * gathered across slices"). LEB128 is a dozen lines, read in place in the loop that makes the lists.
 */
export const POSTINGS_SIGNATURE = 'cq-postings-1\n';

export const postingsPath = (name: string) => `postings/${name}.bin`;

/** A `words/` file: the postings files of the words starting with its characters, [first word, last word, name]. */
export type PostingsDirectory = [from: string, to: string, name: string][];

/** The postings file holding a word, if any file's range holds it (the ranges are whole words, ascending). */
export function fileHolding(directory: PostingsDirectory, word: string): string | undefined {
  return directory.find(([from, to]) => from <= word && word <= to)?.[2];
}

/** The postings files that may hold words starting with `prefix`. */
export function filesWithPrefix(directory: PostingsDirectory, prefix: string): string[] {
  return directory.filter(([from, to]) => (from <= prefix || from.startsWith(prefix)) && to >= prefix).map((f) => f[2]);
}

/** A postings file: its words, and a word's postings, decoded when first asked for. */
export type PostingsFile = IndexChunk;

class PostingsFormatError extends Error {
  constructor(file: string, why: string) {
    super(`${file}: not a postings file (${why})`);
  }
}

/** Reads varints from bytes, failing at the end of them. */
class VarintReader {
  private readonly file: string;
  private readonly bytes: Uint8Array;
  offset: number;
  readonly end: number;

  constructor(file: string, bytes: Uint8Array, from: number, end: number) {
    this.file = file;
    this.bytes = bytes;
    this.offset = from;
    this.end = end;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.end) throw new PostingsFormatError(this.file, `cut short at byte ${this.offset}`);
      const byte = this.bytes[this.offset++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 49) throw new PostingsFormatError(this.file, `a number too large at byte ${this.offset}`);
    }
  }
}

/** A postings file's bytes, once gunzipped (a host may have done that already, by Content-Encoding). */
export function readPostingsFile(file: string, bytes: Uint8Array): PostingsFile {
  const signature = new TextEncoder().encode(POSTINGS_SIGNATURE);
  if (bytes.length < signature.length || signature.some((byte, i) => bytes[i] !== byte))
    throw new PostingsFormatError(file, 'no signature');
  const spans = new Map<string, ByteSpan>();
  const text = new TextDecoder('utf-8', { fatal: true });
  const reader = new VarintReader(file, bytes, signature.length, bytes.length);
  let previous: string | undefined;
  while (reader.offset < bytes.length) {
    const length = reader.next();
    const at = reader.offset;
    if (at + length > bytes.length) throw new PostingsFormatError(file, `a word cut short at byte ${at}`);
    const word = text.decode(bytes.subarray(at, at + length));
    reader.offset = at + length;
    if (previous !== undefined && !(previous < word)) throw new PostingsFormatError(file, `${word} out of order`);
    previous = word;
    const size = reader.next();
    const from = reader.offset;
    if (from + size > bytes.length) throw new PostingsFormatError(file, `the postings of ${word} cut short`);
    spans.set(word, { from, to: from + size });
    reader.offset = from + size;
  }
  return decodedOnDemand(spans, (word, { from, to }) =>
    postingsAt(new VarintReader(file, bytes, from, to), file, word),
  );
}

function postingsAt(reader: VarintReader, file: string, word: string): Postings {
  const pageCount = reader.next();
  const postings: Postings = { pages: new Array<number>(pageCount), positions: new Array<number[]>(pageCount) };
  let page = 0;
  for (let p = 0; p < pageCount; p++) {
    page += reader.next();
    const count = reader.next();
    // Made at their length, not by push: 16 against 28 ms to decode 高新技术企业's 340,000 positions at 10,000 texts.
    const positions = new Array<number>(count);
    let position = 0;
    for (let l = 0; l < count; l++) {
      position += reader.next();
      positions[l] = position;
    }
    postings.pages[p] = page;
    postings.positions[p] = positions;
  }
  if (reader.offset !== reader.end) throw new PostingsFormatError(file, `the postings of ${word} have bytes left over`);
  return postings;
}
