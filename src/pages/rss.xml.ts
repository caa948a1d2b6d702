import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRssItems } from '../queries/feeds';
import { paths } from '../lib/urls/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '../site';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    // The channel's link is the home page, under the base path.
    site: new URL(paths.home(), site).href,
    items: await getRssItems(),
  });
