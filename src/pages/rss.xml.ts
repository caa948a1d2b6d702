import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRssItems } from '../queries/feeds';
import { SITE_DESCRIPTION, SITE_NAME } from '../site';

export const GET: APIRoute = async ({ site }) =>
  rss({ title: SITE_NAME, description: SITE_DESCRIPTION, site: site!, items: await getRssItems() });
