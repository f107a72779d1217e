// npm run index:search [-- <dist>]: (re)build the search indexes of an already built site (default dist/).
// BASE_PATH as for the build (`/policy-site/`), so result links point under the sub-path.
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { EXACT_BUNDLE, WORDS_BUNDLE } from '../src/lib/search/build/bundles.ts';
import { withTrailingSlash } from '../src/lib/site/paths.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const { pages, records, englishPages } = await buildSearchIndex(dist, withTrailingSlash(base));
console.log(
  `Indexed ${pages} pages (${records} records) in ${dist}/${EXACT_BUNDLE} and ${englishPages} English pages in ${dist}/${WORDS_BUNDLE}.`,
);
