import type { APIRoute } from 'astro';
import { figureSchema } from '../../lib/data/schemas.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(figureSchema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
