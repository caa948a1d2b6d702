import type { APIRoute } from 'astro';
import { getSiteCalendar } from '../queries/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getSiteCalendar(site!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
