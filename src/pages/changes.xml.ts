import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChangesFeed } from '../queries/changes';

export const GET: APIRoute = async ({ site }) => rss(await getChangesFeed(site!));
