// npm run index:search: (re)build the Pagefind search index of an already built site (default dist/).
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const { pages } = await buildSearchIndex(dist);
console.log(`Indexed ${pages} pages in ${dist}/pagefind.`);
