import type { APIRoute } from 'astro';
import type { Source } from '../../lib/sources/load.ts';
import { sourcePaths } from '../../site-data/routes.ts';
import { sourceBytes } from '../../site-data/sources.ts';

/** The raw source texts, byte for byte, so readers can check the SHA-256 shown on every page. */
export const getStaticPaths = sourcePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(sourceBytes((props as { source: Source }).source), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
