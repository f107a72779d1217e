/** The names search shows as best matches (src/lib/search/browser/names.ts), fetched by the search page only. */
import type { APIRoute } from 'astro';
import { localePath } from '../i18n/paths.ts';
import { namedPagesFile } from '../lib/search/build/names.ts';
import { allIndicators } from '../site-data/data.ts';
import { glossary } from '../site-data/glossary.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(namedPagesFile(allIndicators(), glossary(), { href: localePath })), {
    headers: { 'Content-Type': 'application/json' },
  });
