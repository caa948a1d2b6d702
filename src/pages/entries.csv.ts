import type { APIRoute } from 'astro';
import { getExportRows } from '../queries/feeds';
import { toCsv } from '../lib/exports/rows';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await getExportRows(site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
