import type { Layout } from './cards.ts';
import type { Locale } from '../../site/locale.ts';

/**
 * The exact bundle as the browser reads it (design: src/lib/search/README.md, "Slices" and "The bundle's
 * directory"). The index is written as several Pagefind indexes, its slices, each of one language's consecutive
 * pages of the order (language, then newest first); their page numbers follow one another, so a page's number is
 * its place in the order. Pagefind's metadata files grow with the pages and chunks of a slice and are not
 * published: `layout.json` lists the slices, `words/` says which postings file (postings-files.ts, one for all the
 * slices of a language) holds each word starting with a character, and `ids/` gives the record ids (which name the
 * result files) of a run of page numbers.
 */
export interface SliceEntry {
  /** Its folder in the bundle ('' for the first, at the root). */
  dir: string;
  lang: Locale;
  /** How many pages it holds: its page numbers follow those of the slices before it. */
  pages: number;
  /** Filter name → the hash of its chunk in the slice's `filter/` folder. */
  filters: Record<string, string>;
}

export interface BundleLayout extends Layout {
  slices: SliceEntry[];
  /** How many `words/` files a language's postings files are listed in (wordFileOf). */
  wordFiles: Partial<Record<Locale, number>>;
}

/** Record ids are published in files of this many consecutive page numbers: a result shown needs one. */
export const IDS_PER_FILE = 128;

export const sliceDir = (slice: number) => (slice === 0 ? '' : `slice-${slice}/`);
export const wordsPath = (lang: Locale, file: number) => `words/${lang}-${file}.json`;
export const idsPath = (file: number) => `ids/${file}.json`;
export const idsFileOf = (page: number) => Math.floor(page / IDS_PER_FILE);

/** The slice a path inside the bundle belongs to, when it is in a further slice's folder. */
export function furtherSliceOf(pathInBundle: string): number | undefined {
  const slice = /^slice-(\d+)\//u.exec(pathInBundle)?.[1];
  return slice === undefined ? undefined : Number(slice);
}

/**
 * The `words/` file listing the postings files of a word's first character (`firstToken`): FNV-1a of its UTF-16 code units,
 * so the build and the browser agree without a table, and characters spread evenly over the files.
 */
export function wordFileOf(token: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193) >>> 0;
  return hash % files;
}

/** Each slice's first page number: the pages of the slices before it. */
export function sliceOffsets(slices: readonly Pick<SliceEntry, 'pages'>[]): number[] {
  let offset = 0;
  return slices.map(({ pages }) => {
    const first = offset;
    offset += pages;
    return first;
  });
}
