/** The characters the search's traditional-to-simplified converter changes (src/lib/search/browser/traditional.ts). */
import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js/t2cn';
import { traditionalFile } from '../lib/search/build/traditional.ts';
import { CONVERSION } from '../lib/search/browser/traditional.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(traditionalFile(OpenCC.Converter(CONVERSION))), {
    headers: { 'Content-Type': 'application/json' },
  });
