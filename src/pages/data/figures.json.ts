import type { APIRoute } from 'astro';
import { allFigures } from '../../site-data/data.ts';

/** Every figure of every page (documented on /data/, schema in figures.schema.json). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await allFigures(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
