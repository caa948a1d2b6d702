import type { APIRoute } from 'astro';
import { getExportRows } from '../queries/feeds';
import { toIcs } from '../lib/exports/rows';

export const GET: APIRoute = async ({ site }) =>
  new Response(toIcs(await getExportRows(site!), site!.href), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
