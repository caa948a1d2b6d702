/** What the feeds and exports hold: RSS items, and every entry as an export row. */
import { exportRow } from '../lib/exports/rows';
import { paths } from '../lib/urls/paths';
import { getEntries, once } from './load';

/** The 50 latest entries that happened, newest first (planned items are not news yet). */
export async function getRssItems() {
  const latest = (await getEntries())
    .filter((e) => e.data.status === 'happened')
    .slice(-50)
    .reverse();
  return latest.map((e) => ({
    title: e.data.title,
    description: e.data.summary,
    link: paths.entry(e.id),
    pubDate: e.data.date.start,
    categories: [e.data.kind, ...e.data.topics.map((t) => t.id)],
  }));
}

/** Every entry as an export row (JSON, CSV, iCalendar), oldest first. */
export const getExportRows = (site: URL) =>
  once(`exports:${site.href}`, async () =>
    (await getEntries()).map((e) => exportRow(e, new URL(paths.entry(e.id), site).href)),
  );
