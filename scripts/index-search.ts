// npm run index:search [-- <dist>] [--slice-characters N]: (re)build the search indexes of an already built site
// (default dist/); --slice-characters cuts the exact index into slices of at most N characters (default: see
// src/lib/search/build/slices.ts), as a large site has them.
// BASE_PATH as for the build (`/policy-site/`), so result links point under the sub-path.
// A built site's _headers is written again, for the slices this index has.
// All or nothing, like the build: the site is copied into a staging folder beside it, without its old
// indexes, indexed there, and swapped in only when indexing has succeeded (src/lib/io/tree.ts).
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, relative, resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { listTree, recoverInterruptedSwap, replaceTreeWith } from '../src/lib/io/tree.ts';
import { headersFile } from '../src/lib/site/deploy.ts';
import { EXACT_BUNDLE, SEARCH_BUNDLES, WORDS_BUNDLE } from '../src/lib/search/build/bundles.ts';
import { withTrailingSlash } from '../src/lib/site/paths.ts';

const { values: options, positionals } = parseArgs({
  options: { 'slice-characters': { type: 'string' } },
  allowPositionals: true,
});
const sliceCharacters = options['slice-characters'] === undefined ? undefined : Number(options['slice-characters']);
const dist = resolve(positionals[0] ?? 'dist');
const shown = `${relative(process.cwd(), dist) || '.'}/`;
const base = process.env.BASE_PATH ?? '/';
const oldIndexes = new Set(SEARCH_BUNDLES.map((bundle) => join(dist, bundle)));
for (const repaired of recoverInterruptedSwap(dist)) console.log(repaired);
try {
  let indexed = { pages: 0, records: 0, englishPages: 0 };
  await replaceTreeWith(dist, async (staging) => {
    cpSync(dist, staging, { recursive: true, filter: (source) => !oldIndexes.has(source) });
    indexed = await buildSearchIndex(staging, withTrailingSlash(base), { sliceCharacters });
    // The long-cache rules name each slice of the exact index, and the slices may have changed.
    const headers = join(staging, '_headers');
    if (existsSync(headers)) writeFileSync(headers, headersFile(withTrailingSlash(base), listTree(staging)));
  });
  console.log(
    `Indexed ${indexed.pages} pages (${indexed.records} records) in ${dist}/${EXACT_BUNDLE} and ${indexed.englishPages} English pages in ${dist}/${WORDS_BUNDLE}.`,
  );
} catch (error) {
  // As in scripts/build.ts: the project's own message alone, anything else whole.
  console.error(error instanceof Error && error.name === 'Error' ? error.message : error);
  console.error(`\nIndexing failed: ${shown} was left as it was.`);
  process.exit(1);
}
