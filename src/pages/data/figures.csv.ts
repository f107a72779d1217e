import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/data/csv.ts';
import { figureColumns } from '../../lib/data/schemas.ts';
import { allFigures } from '../../site-data/data.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(await allFigures(), figureColumns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
