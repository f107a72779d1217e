import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Postings } from '../browser/pagefind-files.ts';
import { POSTINGS_SIGNATURE, type PostingsDirectory } from '../browser/postings-files.ts';
import { wordFileOf } from '../browser/slices.ts';
import { firstToken } from '../browser/tokens.ts';

/**
 * The postings files of one language (format: browser/postings-files.ts). Each slice's postings are added as it is
 * read back, already encoded, so the build holds a language's postings as bytes (one or two a position), not as
 * lists of numbers; then the words are written in files of at most POSTINGS_FILE_LOCATIONS positions each (a word
 * with more in a file of its own).
 */

/**
 * Positions per postings file: a query fetches the file of each of its cover words, and with smaller files fewer
 * other words come along. Pagefind's chunks of the exact index held a median of 1,830 (its chunk size of 4,000
 * counts more than positions); files of 4,000 positions made the site's median first search 42.6 KB instead of
 * 31.4 (docs/benchmarks.md, "Postings gathered across slices"). A word with more positions has a file of its own.
 */
export const POSTINGS_FILE_LOCATIONS = 2000;

/** Postings files per `words/` file, on average: each listing is about 40 bytes. */
const FILES_PER_DIRECTORY = 32;

/** Bytes that grow as numbers are added to them, as unsigned LEB128 varints. */
class ByteWriter {
  private buffer = new Uint8Array(64);
  length = 0;

  private room(count: number) {
    if (this.length + count <= this.buffer.length) return;
    const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    larger.set(this.buffer.subarray(0, this.length));
    this.buffer = larger;
  }

  varint(value: number) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`postings: ${value} is not a count or position`);
    this.room(8);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  bytes(bytes: Uint8Array) {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** A word's postings so far: its pages after the first page number, encoded, and how many pages and positions. */
interface GatheredWord {
  encoded: ByteWriter;
  pages: number;
  lastPage: number;
  locations: number;
}

export class PostingsGatherer {
  private readonly words = new Map<string, GatheredWord>();

  /** A word's postings in the next slice: its page numbers are the language's (past every page added before). */
  add(word: string, postings: Postings) {
    const { pages, positions } = postings;
    if (pages.length === 0) return;
    let gathered = this.words.get(word);
    if (!gathered) {
      gathered = { encoded: new ByteWriter(), pages: 0, lastPage: 0, locations: 0 };
      this.words.set(word, gathered);
    }
    const { encoded } = gathered;
    pages.forEach((page, p) => {
      // The first page of all is written as its number: the difference from 0.
      if (gathered.pages + p > 0 && page <= gathered.lastPage)
        throw new Error(`postings of ${word}: page ${page} after page ${gathered.lastPage}`);
      encoded.varint(page - gathered.lastPage);
      gathered.lastPage = page;
      const onPage = positions[p] ?? [];
      encoded.varint(onPage.length);
      let position = 0;
      onPage.forEach((at, l) => {
        if (l > 0 && at <= position) throw new Error(`postings of ${word}: position ${at} after ${position}`);
        encoded.varint(at - position);
        position = at;
      });
      gathered.locations += onPage.length;
    });
    gathered.pages += pages.length;
  }

  /**
   * The postings files and the `words/` files listing them (directory n: the files of the words whose first
   * character wordFileOf puts in n). Files are named by a hash of their content, so a file whose words did not
   * change keeps its name, and can be cached for good.
   */
  files(locationsPerFile = POSTINGS_FILE_LOCATIONS): {
    directories: PostingsDirectory[];
    files: Map<string, Uint8Array>;
  } {
    const total = [...this.words.values()].reduce((sum, word) => sum + word.locations, 0);
    const count = Math.max(1, Math.ceil(total / (locationsPerFile * FILES_PER_DIRECTORY)));
    const grouped = Array.from({ length: count }, () => [] as string[]);
    for (const word of this.words.keys()) grouped[wordFileOf(firstToken(word), count)]?.push(word);
    const files = new Map<string, Uint8Array>();
    const directories = grouped.map((words) => {
      const directory: PostingsDirectory = [];
      // JavaScript's string order, the one the browser compares words in (fileHolding).
      words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      let run: string[] = [];
      let locations = 0;
      const close = () => {
        if (run.length === 0) return;
        const bytes = this.fileOf(run);
        const name = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
        files.set(name, bytes);
        directory.push([run[0] as string, run.at(-1) as string, name]);
        run = [];
        locations = 0;
      };
      for (const word of words) {
        const held = this.words.get(word)?.locations ?? 0;
        if (run.length > 0 && locations + held > locationsPerFile) close();
        run.push(word);
        locations += held;
      }
      close();
      return directory;
    });
    return { directories, files };
  }

  private fileOf(words: readonly string[]): Uint8Array {
    const writer = new ByteWriter();
    const text = new TextEncoder();
    writer.bytes(text.encode(POSTINGS_SIGNATURE));
    for (const word of words) {
      const gathered = this.words.get(word);
      if (!gathered) throw new Error(`postings: no word ${word}`);
      const count = new ByteWriter();
      count.varint(gathered.pages);
      const encodedWord = text.encode(word);
      writer.varint(encodedWord.length);
      writer.bytes(encodedWord);
      writer.varint(count.length + gathered.encoded.length);
      writer.bytes(count.done());
      writer.bytes(gathered.encoded.done());
    }
    return writer.done();
  }
}

/** A postings file as published: gzip, as Pagefind's files are (the browser unpacks it, or the host has). */
export const publishedPostingsFile = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 });
