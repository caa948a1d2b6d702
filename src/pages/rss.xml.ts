import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntries } from '../queries';
import { paths } from '../lib/urls/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site';
import { specOf } from '../lib/timeline/order';

/** The 50 latest entries that happened, newest first (planned items are not news yet). */
export const GET: APIRoute = async ({ site }) => {
  const latest = (await getEntries())
    .filter((e) => e.data.status === 'happened')
    .slice(-50)
    .reverse();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site!,
    items: latest.map((e) => ({
      title: e.data.title,
      description: e.data.summary,
      link: paths.entry(e.id),
      pubDate: specOf(e).start,
      categories: [e.data.kind, ...e.data.topics.map((t) => t.id)],
    })),
  });
};
