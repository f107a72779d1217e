import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/data/csv.ts';
import { observationColumns } from '../../lib/data/schemas.ts';
import { allObservations } from '../../site-data/data.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(await allObservations(), observationColumns), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
