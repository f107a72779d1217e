import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { listTree } from '../lib/io/tree.ts';
import { joinBase, splitLocale, withoutTrailingSlash, withTrailingSlash } from '../lib/site/paths.ts';
import { EXACT_BUNDLE, WORDS_BUNDLE } from '../lib/search/build/bundles.ts';
import { searchPage, type SearchPage } from '../lib/search/build/page-text.ts';
import {
  decodePagefindFile,
  ENTRY_FILE,
  filterChunkPath,
  indexChunkPath,
  metaFileOf,
  pagefindCbor,
  readIndexChunk,
  readMeta,
  SIGNATURE,
} from '../lib/search/browser/pagefind-files.ts';
import { present } from '../lib/assert.ts';
import type { Locale } from '../lib/site/locale.ts';
import { cardPath, LAYOUT_FILE, RESULTS_DIR, shardPath } from '../lib/search/browser/cards.ts';
import { idsPath, sliceDir, wordsPath, type BundleLayout, type SliceEntry } from '../lib/search/browser/slices.ts';
import { idFiles } from '../lib/search/build/bundle-directory.ts';
import { PostingsGatherer, publishedPostingsFile } from '../lib/search/build/postings-files.ts';
import { postingsPath } from '../lib/search/browser/postings-files.ts';
import {
  layoutFor,
  orderedDocuments,
  pageLocale,
  pageOrder,
  type ExactDocument,
  type FigureLabels,
} from '../lib/search/build/documents.ts';
import { SLICE_CHARACTERS, sliceRuns } from '../lib/search/build/slices.ts';
import { shardFiles } from '../lib/search/build/shard-files.ts';
import { finishesBuild, parseBuildBatch } from '../lib/site/build-batches.ts';

/**
 * Search indexes, written into the built site when the build finishes (so
 * `astro build` alone gives a searchable site):
 * - `pagefind-exact/`: every report and plan page, Chinese and English, as
 *   character-pair records (src/lib/search): exact for Chinese and figures;
 *   indexed by Pagefind, whose postings the build gathers into postings files
 *   that the browser reads itself, with each page's result card and text shards;
 * - `pagefind/`: Pagefind's own index of the English pages, with stemming.
 * Set SEARCH_INDEX=off to skip it (the benchmark times indexing on its own).
 */

/** The report and plan pages of a built site: `reports/…/index.html`, `en/plan/…/index.html`. */
export function contentPageFiles(dist: string): string[] {
  return listTree(dist).filter((f) => /^(en\/)?(reports\/[^/]+|plan\/[^/]+\/[^/]+)\/index\.html$/.test(f));
}

export function readSearchPages(dist: string, base: string): SearchPage[] {
  return contentPageFiles(dist).flatMap((file) => {
    const url = joinBase(base, file.replace(/index\.html$/, ''));
    try {
      const page = searchPage(fromHtml(readFileSync(join(dist, file), 'utf8')) as Root, url);
      return page ? [page] : [];
    } catch (error) {
      throw new Error(`search index: reading ${file}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  });
}

/** Figure labels from the figure records the site publishes (data/pages/<page>.json), in each page's language. */
function figureLabels(dist: string, base: string) {
  const cache = new Map<string, Map<string, string>>();
  return (pageUrl: string, anchor: string) => {
    const { locale, path } = splitLocale(pageUrl.slice(base.length));
    const english = locale === 'en';
    const slug = withoutTrailingSlash(path);
    let labels = cache.get(pageUrl);
    if (!labels) {
      const file = join(dist, 'data', 'pages', `${slug}.json`);
      const figures = existsSync(file)
        ? (
            JSON.parse(readFileSync(file, 'utf8')) as {
              figures: { anchor: string; label: string; labelEn?: string; raw: string }[];
            }
          ).figures
        : [];
      labels = new Map(figures.map((f) => [f.anchor, english ? (f.labelEn ?? f.label) : f.label]));
      cache.set(pageUrl, labels);
    }
    return labels.get(anchor);
  };
}

/**
 * Smaller index chunks than Pagefind's default (20,000 word locations), for the
 * English word index (`pagefind/`), which Pagefind's runtime reads: a query
 * downloads the chunks holding its words, and with smaller chunks fewer
 * unrelated words come along. (The exact index's chunks are read back by the
 * build only; the browser reads its postings files, POSTINGS_FILE_LOCATIONS.)
 * At 1,000 texts this cut the median first search from 293 to 256 KB, for a 50%
 * larger index on disk (docs/benchmarks.md).
 */
const INDEX_CHUNK_LOCATIONS = '4000';

async function writeIndex(
  outputPath: string,
  fill: (index: pagefind.PagefindIndex) => Promise<number>,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const count = await fill(index);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return count;
}

/**
 * Pagefind names a result by the id of its record (the hash of its fragment
 * file), so each card is written under that id: the browser fetches the cards
 * of the results it shows without Pagefind's fragments.
 */
function recordIds(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  for (const file of readdirSync(dir)) {
    // Pagefind's files are gzip, after a signature.
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const text = raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw;
    const fragment = JSON.parse(text) as Record<string, unknown>;
    const id = file.replace(/\.pf_fragment$/, '');
    // A fragment file holds one record, or a group of them by id.
    if (typeof fragment.url === 'string') ids.set(fragment.url, id);
    else for (const [member, data] of Object.entries(fragment)) ids.set((data as { url: string }).url, member);
  }
  return ids;
}

/**
 * Each slice is read back here, every chunk of it, with the site's own reader of Pagefind's files
 * (src/lib/search/browser/pagefind-files.ts), so a Pagefind that writes another format fails the build; and each
 * word's postings go to the language's postings files (build/postings-files.ts), which are what the browser reads.
 * Neither Pagefind's chunks nor its metadata, runtime and fragments (each page's whole text as pairs) are published:
 * what the browser needs of them is in the bundle's directory (words/, ids/, layout.json) and the postings files.
 */
function readBackSlice(
  dir: string,
  ids: ReadonlySet<string>,
  firstPage: number,
  gatherer: PostingsGatherer,
): { pages: string[]; filters: Record<string, string> } {
  const entryFile = join(dir, ENTRY_FILE);
  const metaFile = metaFileOf(JSON.parse(readFileSync(entryFile, 'utf8')));
  const read = (file: string) => decodePagefindFile(file, gunzipSync(readFileSync(join(dir, file))));
  const meta = readMeta(metaFile, read(metaFile));
  const missing = [
    ...meta.chunks.map((c) => indexChunkPath(c.hash)),
    ...[...meta.filters.values()].map(filterChunkPath),
  ].filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) throw new Error(`Pagefind's exact index in ${dir} lacks ${missing.join(', ')}`);
  if (meta.pages.length !== ids.size || meta.pages.some((id) => !ids.has(id)))
    throw new Error(`Pagefind's exact index in ${dir}: its pages are not its records`);
  // A page's number is its place in the order (browser/slices.ts): Pagefind numbers records as they are added.
  const order = meta.sorts.get('order') ?? [];
  if (order.length !== meta.pages.length || order.some((page, place) => page !== place))
    throw new Error(`Pagefind's exact index in ${dir} did not number its pages in the order they were added`);
  for (const chunk of meta.chunks) {
    const file = indexChunkPath(chunk.hash);
    const held = readIndexChunk(file, pagefindCbor(file, gunzipSync(readFileSync(join(dir, file)))), firstPage);
    for (const word of held.words()) gatherer.add(word, present(held.get(word), `the postings of ${word}`));
  }
  // The first slice is at the bundle's root and written first: this also clears what an earlier index left there.
  for (const name of readdirSync(dir)) if (name !== 'filter') rmSync(join(dir, name), { recursive: true });
  return { pages: meta.pages, filters: Object.fromEntries(meta.filters) };
}

function writeResults(bundle: string, documents: readonly ExactDocument[], ids: Map<string, string>) {
  mkdirSync(join(bundle, RESULTS_DIR), { recursive: true });
  for (const { record, card, shards } of documents) {
    const id = ids.get(record.url);
    if (!id) throw new Error(`Pagefind wrote no record for ${record.url}`);
    writeFileSync(join(bundle, cardPath(id)), JSON.stringify(card));
    shardFiles(card, shards).forEach((file, n) => writeFileSync(join(bundle, shardPath(id, n)), file));
  }
}

/**
 * The exact bundle, one slice at a time (src/lib/search/build/slices.ts): each slice's documents are made, indexed
 * by a Pagefind process of its own and given their result files before the next slice's are made, so neither
 * this process nor Pagefind holds more than a slice's records. Then the bundle's directory, from what was read back
 * of each slice (build/bundle-directory.ts).
 */
async function writeExactBundle(
  bundle: string,
  pages: readonly SearchPage[],
  labels: FigureLabels,
  sliceCharacters: number,
): Promise<number> {
  const layout = layoutFor(pages);
  const slices: SliceEntry[] = [];
  const ids: string[] = [];
  const gatherers = new Map<Locale, PostingsGatherer>();
  for (const [slice, run] of sliceRuns(pageOrder(pages), sliceCharacters).entries()) {
    const documents = orderedDocuments(run, ids.length, labels, layout);
    const dir = join(bundle, sliceDir(slice));
    await writeIndex(dir, async (index) => {
      for (const { record } of documents) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
      }
      return documents.length;
    });
    // Pagefind gives its memory back only when its process ends.
    await pagefind.close();
    const idOf = recordIds(dir);
    const lang = pageLocale(present(run[0], 'a page in a slice'));
    const gatherer = gatherers.get(lang) ?? new PostingsGatherer();
    gatherers.set(lang, gatherer);
    const written = readBackSlice(dir, new Set(idOf.values()), ids.length, gatherer);
    ids.push(...written.pages);
    slices.push({ dir: sliceDir(slice), lang, pages: run.length, filters: written.filters });
    // Pagefind names records uniquely within an index, not across indexes (at 10,000 texts two slices gave the
    // same id): each slice has its own results/.
    writeResults(dir, documents, idOf);
  }
  const wordFiles: BundleLayout['wordFiles'] = {};
  for (const [lang, gatherer] of gatherers) {
    const { directories, files } = gatherer.files();
    wordFiles[lang] = directories.length;
    mkdirSync(join(bundle, 'words'), { recursive: true });
    directories.forEach((listed, f) => writeFileSync(join(bundle, wordsPath(lang, f)), JSON.stringify(listed)));
    mkdirSync(join(bundle, 'postings'), { recursive: true });
    for (const [name, bytes] of files) writeFileSync(join(bundle, postingsPath(name)), publishedPostingsFile(bytes));
  }
  mkdirSync(join(bundle, 'ids'), { recursive: true });
  idFiles(ids).forEach((file, n) => writeFileSync(join(bundle, idsPath(n)), JSON.stringify(file)));
  const bundleLayout: BundleLayout = {
    ...layout,
    slices,
    wordFiles,
  };
  writeFileSync(join(bundle, LAYOUT_FILE), JSON.stringify(bundleLayout));
  return ids.length;
}

export async function buildSearchIndex(
  dist: string,
  base = '/',
  { sliceCharacters = SLICE_CHARACTERS }: { sliceCharacters?: number } = {},
): Promise<{ pages: number; records: number; englishPages: number }> {
  // Read by the Pagefind binary, which each createIndex() after a close() starts with this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_LOCATIONS;
  try {
    const pages = readSearchPages(dist, base);
    const records = await writeExactBundle(join(dist, EXACT_BUNDLE), pages, figureLabels(dist, base), sliceCharacters);
    const englishFiles = contentPageFiles(dist).filter((f) => f.startsWith('en/'));
    const englishPages = await writeIndex(join(dist, WORDS_BUNDLE), async (index) => {
      let count = 0;
      for (const file of englishFiles) {
        const added = await index.addHTMLFile({ sourcePath: file, content: readFileSync(join(dist, file), 'utf8') });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        count += 1;
      }
      return count;
    });
    return { pages: pages.length, records, englishPages };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A batch of a build in batches leaves this to the last batch, which holds the merged site.
        if (!finishesBuild(parseBuildBatch(process.env.BUILD_BATCH))) return;
        if (process.env.SEARCH_INDEX === 'off') return;
        const started = performance.now();
        const { pages, records, englishPages } = await buildSearchIndex(fileURLToPath(dir), base);
        logger.info(
          `Indexed ${pages} pages (${records} exact records; ${englishPages} English pages by word) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
