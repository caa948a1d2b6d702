import type { APIRoute } from 'astro';
import { getExportRows } from '../queries/feeds';
import { getAsOf } from '../queries/load';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify({ asOf: getAsOf(), entries: await getExportRows(site!) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
