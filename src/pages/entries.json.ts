import type { APIRoute } from 'astro';
import { getExportRows } from '../queries/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify({ entries: await getExportRows(site!) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
