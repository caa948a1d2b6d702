/**
 * The only module that calls getCollection. Each collection is read once per build
 * and cached; drafts are dropped here (they show only in `astro dev`).
 */
import { entryCard, namedLinks } from './lib/entry/cards';
import { homeSlices, yearCounts } from './lib/timeline/lists';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph } from './lib/graph/graph';
import { positions, sortChronological } from './lib/timeline/order';
import { paths } from './lib/urls/paths';
import type { EntityCollection } from './collections';
import { exportRow, toExportEntry } from './lib/exports/rows';

export type Entry = CollectionEntry<'entries'>;
export type Topic = CollectionEntry<'topics'>;
export type Person = CollectionEntry<'people'>;
export type Organization = CollectionEntry<'organizations'>;
export type Place = CollectionEntry<'places'>;
export type Source = CollectionEntry<'sources'>;
export type Series = CollectionEntry<'series'>;
export type Entity = Topic | Person | Organization | Place;

const showDrafts = import.meta.env.DEV;
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

/** All published entries, oldest first. */
export const getEntries = (): Promise<Entry[]> =>
  once('entries', async () => sortChronological(await getCollection('entries', (e) => showDrafts || !e.data.draft)));

const byName = <T extends { data: { name: string } }>(items: T[]) =>
  items.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));

export const getTopics = () => once('topics', async () => byName(await getCollection('topics')));
export const getPeople = () => once('people', async () => byName(await getCollection('people')));
export const getOrganizations = () => once('organizations', async () => byName(await getCollection('organizations')));
export const getPlaces = () => once('places', async () => byName(await getCollection('places')));
export const getSources = () =>
  once('sources', async () =>
    (await getCollection('sources')).sort((a, b) => a.data.title.localeCompare(b.data.title)),
  );
export const getSeries = () => once('series', () => getCollection('series'));

export function getEntities(collection: EntityCollection): Promise<Entity[]> {
  switch (collection) {
    case 'topics':
      return getTopics();
    case 'people':
      return getPeople();
    case 'organizations':
      return getOrganizations();
    case 'places':
      return getPlaces();
  }
}

/** Lookup of any entity or source by collection and id, for rendering references. */
export const getLookup = () =>
  once('lookup', async () => {
    const maps = {
      topics: new Map((await getTopics()).map((e) => [e.id, e])),
      people: new Map((await getPeople()).map((e) => [e.id, e])),
      organizations: new Map((await getOrganizations()).map((e) => [e.id, e])),
      places: new Map((await getPlaces()).map((e) => [e.id, e])),
      sources: new Map((await getSources()).map((e) => [e.id, e])),
      series: new Map((await getSeries()).map((e) => [e.id, e])),
      entries: new Map((await getEntries()).map((e) => [e.id, e])),
    };
    return maps;
  });

/** Back-links and related entries, built once. */
export const getGraph = (): Promise<Graph<Entry>> => once('graph', async () => buildGraph(await getEntries()));

/** Position of each entry in chronological order. */
export const getPositions = () => once('positions', async () => positions(await getEntries()));

/** Every entry as an export row (JSON, CSV, iCalendar), oldest first. */
export const getExportRows = (site: URL) =>
  once(`exports:${site.href}`, async () =>
    (await getEntries()).map((e) => exportRow(toExportEntry(e, new URL(paths.entry(e.id), site).href))),
  );

// Data series (charts): appended here so the query module stays the one place that reads collections.
import { entriesBySeries } from './lib/charts/series';
/** Entries whose figures belong to each data series, oldest first; built once. */
export const getEntriesBySeries = () => once('entries-by-series', async () => entriesBySeries(await getEntries()));

/** What the timeline pages (newest first on the home page, oldest first) show. */
export async function getTimeline(order: 'desc' | 'asc') {
  const entries = await getEntries();
  const { topics } = await getLookup();
  const s = homeSlices(entries, order);
  const card = (e: Entry) => entryCard(e, topics);
  return {
    order,
    ahead: s.ahead.map(card),
    aheadTotal: s.aheadTotal,
    shown: s.shown.map(card),
    happenedTotal: s.happenedTotal,
    years: yearCounts(entries),
    topics: namedLinks('topics', await getTopics(), topics),
  };
}
