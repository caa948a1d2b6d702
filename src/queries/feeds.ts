/**
 * What the feeds and exports hold: RSS items and calendar rows for the whole record and
 * for each entity (topic, person, organisation, place), and every entry as an export row.
 * The site's and an entity's feed are the same builders (src/lib/feeds/) over different lists.
 */
import { ENTITY_COLLECTIONS, type EntityCollection } from '../collections';
import { exportRow } from '../lib/exports/rows';
import { rssItems } from '../lib/feeds/rss';
import { toIcs } from '../lib/feeds/ical';
import { paths } from '../lib/urls/paths';
import { translator } from '../i18n';
import { getEntities, getEntries, getGraph, getLookup, once, type Entry } from './load';

// The feeds are in English: there are no localized feeds.
const { t } = translator('en');

const entryUrl = (id: string) => paths.absolute(paths.entry(id));

/** The site's feed: the latest entries that happened, newest first. */
export async function getSiteFeed() {
  return {
    title: t('site.name'),
    description: t('site.description'),
    // The channel's link is the home page, under the base path.
    site: paths.absolute(paths.home()),
    items: rssItems(await getEntries(), entryUrl),
  };
}

/** Every entry as an export row (JSON, CSV, iCalendar), oldest first. */
export const getExportRows = (site: URL) =>
  once(`exports:${site.href}`, async () => (await getEntries()).map((e) => exportRow(e, entryUrl(e.id))));

/** The site's calendar: every entry dated to the day. */
export const getSiteCalendar = async (site: URL) => toIcs(await getExportRows(site), site.href);

/** One route per entity, for its feed and its calendar. */
export async function getEntityFeedPaths() {
  const routes = [];
  for (const collection of ENTITY_COLLECTIONS)
    for (const entity of await getEntities(collection))
      routes.push({ params: { collection, id: entity.id }, props: { collection, id: entity.id } });
  return routes;
}

/** An entity's name and its entries, oldest first: the list its page shows. */
async function entityEntries(collection: EntityCollection, id: string): Promise<{ name: string; entries: Entry[] }> {
  const entity = (await getLookup())[collection].get(id);
  if (!entity) throw new Error(`no ${collection} entity "${id}"`);
  const { backlinks } = await getGraph();
  return { name: entity.data.name, entries: backlinks[collection].get(id) ?? [] };
}

const channelTitle = (collection: EntityCollection, name: string) =>
  t('feed.entityTitle', { name, collection: t(`collection.${collection}.singular`), site: t('site.name') });

/** An entity's feed: the same items as the site's, from that entity's entries only. */
export async function getEntityFeed(collection: EntityCollection, id: string) {
  const { name, entries } = await entityEntries(collection, id);
  return {
    title: channelTitle(collection, name),
    description: t('feed.entityDescription', { name }),
    site: paths.absolute(paths.entity(collection, id)),
    items: rssItems(entries, entryUrl),
  };
}

/** An entity's calendar: the events of the site's calendar that belong to that entity. */
export async function getEntityCalendar(collection: EntityCollection, id: string, site: URL) {
  const { name, entries } = await entityEntries(collection, id);
  const ids = new Set(entries.map((e) => e.id));
  const rows = (await getExportRows(site)).filter((r) => ids.has(r.id));
  return toIcs(rows, site.href, channelTitle(collection, name));
}
