import type { APIRoute } from 'astro';
import { allObservations } from '../../site-data/data.ts';

/** Every indicator observation (documented on /data/, schema in indicators.schema.json). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await allObservations(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
