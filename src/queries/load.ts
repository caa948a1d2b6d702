/**
 * The only module that calls getCollection. Each collection is read once per build and
 * cached; drafts are dropped here (they show only in `astro dev`). The other query
 * modules build page view models from what this one loads.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { EntityCollection } from '../collections';
import { buildGraph, type Graph } from '../lib/graph/graph';
import { positions, sortChronological } from '../lib/timeline/order';
import { entriesBySeries } from '../lib/charts/groups';
import { translationOf } from '../lib/translations/names';
import { asOfDay } from '../io/as-of';
import { timed } from '../io/timings';

export type Entry = CollectionEntry<'entries'>;
export type Topic = CollectionEntry<'topics'>;
export type Person = CollectionEntry<'people'>;
export type Organization = CollectionEntry<'organizations'>;
export type Place = CollectionEntry<'places'>;
export type Source = CollectionEntry<'sources'>;
export type Series = CollectionEntry<'series'>;
export type Entity = CollectionEntry<EntityCollection>;
export type Translation = CollectionEntry<'translations'>;

const showDrafts = import.meta.env.DEV;
const cache = new Map<string, Promise<unknown>>();
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

/** All published entries, oldest first. */
export const getEntries = (): Promise<Entry[]> =>
  once('entries', async () => sortChronological(await getCollection('entries', (e) => showDrafts || !e.data.draft)));

/**
 * Issue #16: the translations of the published entries, by translation id (`<entry id>.<lang>`,
 * src/lib/translations/names.ts). The content check refuses one whose entry is missing or a draft.
 */
export const getTranslations = (): Promise<ReadonlyMap<string, Translation>> =>
  once('translations', async () => {
    const published = new Set((await getEntries()).map((e) => e.id));
    const all = await getCollection('translations');
    return new Map(all.filter((t) => published.has(translationOf(t.id)?.original ?? '')).map((t) => [t.id, t]));
  });

/** The entities of one collection, by name. */
export const getEntities = <C extends EntityCollection>(collection: C): Promise<CollectionEntry<C>[]> =>
  once(collection, async () =>
    ((await getCollection(collection)) as CollectionEntry<C>[]).sort((a, b) =>
      a.data.name.localeCompare(b.data.name, 'en'),
    ),
  );

export const getTopics = () => getEntities('topics');
export const getPlaces = () => getEntities('places');
export const getSources = () =>
  once('sources', async () =>
    (await getCollection('sources')).sort((a, b) => a.data.title.localeCompare(b.data.title)),
  );
export const getSeries = () => once('series', () => getCollection('series'));

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((e) => [e.id, e]));

/** Lookup of any entity, source, series or entry by id, for rendering references. */
export const getLookup = () =>
  once('lookup', async () => ({
    topics: byId(await getEntities('topics')),
    people: byId(await getEntities('people')),
    organizations: byId(await getEntities('organizations')),
    places: byId(await getEntities('places')),
    sources: byId(await getSources()),
    series: byId(await getSeries()),
    entries: byId(await getEntries()),
  }));

/** The day the record speaks for (YYYY-MM-DD): plans dated before it are past due. */
export const getAsOf = (): string => asOfDay();

/** Back-links and related entries, built once. */
export const getGraph = (): Promise<Graph<Entry>> =>
  once('graph', async () => {
    const entries = await getEntries();
    return timed('graph', () => buildGraph(entries));
  });

/** Position of each entry in chronological order. */
export const getPositions = () => once('positions', async () => positions(await getEntries()));

/** Entries whose figures belong to each data series, oldest first; built once. */
export const getEntriesBySeries = () => once('entries-by-series', async () => entriesBySeries(await getEntries()));
