import type { APIRoute } from 'astro';
import { observationSchema } from '../../lib/data/schemas.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(observationSchema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
