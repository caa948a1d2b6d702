import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteFeed } from '../queries/feeds';

export const GET: APIRoute = async () => rss(await getSiteFeed());
