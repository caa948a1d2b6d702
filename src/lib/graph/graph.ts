/**
 * Links between entries and entities, computed once per build: which entries name a
 * topic, person, organisation, place or source, and which entries are related.
 * Everything is index-based, so no page walks the whole corpus.
 */
import { ENTITY_COLLECTIONS } from '../../collections';
import type { EntryData, Item } from '../../schemas/types';
import { participants } from '../entry/participants';

/** An entry as the graph sees it. */
export type Linkable = Item<EntryData>;
type Ref = { id: string };

/** The collections an entry's references are indexed by: the entities, and the sources. */
const ENTITY_FIELDS = [...ENTITY_COLLECTIONS, 'sources'] as const;
export type IndexedCollection = (typeof ENTITY_FIELDS)[number];

/** Every entity an entry names, by collection (visitors, hosts, parties and figure sources included). */
export function entitiesOf(entry: Linkable): Record<IndexedCollection, Set<string>> {
  const d = entry.data;
  const named = participants(d);
  const ids = (...lists: (Ref[] | undefined)[]) => new Set(lists.flatMap((l) => (l ?? []).map((r) => r.id)));
  return {
    topics: ids(d.topics),
    people: ids(named.people),
    organizations: ids(named.organizations),
    places: ids(d.places),
    sources: ids(
      d.sources,
      d.figures.map((f) => f.source),
    ),
  };
}

export interface Graph<T extends Linkable> {
  /** Entries naming each entity, in the order given (pass them sorted). */
  backlinks: Record<IndexedCollection, Map<string, T[]>>;
  /** Up to `limit` entries most closely tied to the given one. */
  related: (entry: T, limit?: number) => T[];
}

export function buildGraph<T extends Linkable>(entries: readonly T[]): Graph<T> {
  const backlinks = Object.fromEntries(ENTITY_FIELDS.map((f) => [f, new Map<string, T[]>()])) as Graph<T>['backlinks'];
  const byId = new Map<string, T>();
  const order = new Map<string, number>();
  /** Entries that list a given entry in their `related`. */
  const relatedFrom = new Map<string, string[]>();
  entries.forEach((e, i) => {
    byId.set(e.id, e);
    order.set(e.id, i);
    for (const r of e.data.related) relatedFrom.set(r.id, [...(relatedFrom.get(r.id) ?? []), e.id]);
    const named = entitiesOf(e);
    for (const field of ENTITY_FIELDS) {
      for (const id of named[field]) {
        const list = backlinks[field].get(id) ?? [];
        list.push(e);
        backlinks[field].set(id, list);
      }
    }
  });

  // Related: explicit links both ways first, then entries sharing people, organisations
  // or places (topics are too broad to count). Only the CAP entries nearest in time in
  // each entity's list are looked at, found by binary search, so a person named in
  // thousands of entries costs no more than one named in a hundred.
  const CAP = 60;
  /** Index of the first entry in `list` (in chronological order) at or after position `i`. */
  const firstAtOrAfter = (list: readonly T[], i: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((order.get(list[mid]!.id) ?? 0) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const related = (entry: T, limit = 5): T[] => {
    const score = new Map<string, number>();
    const bump = (id: string, by: number) => id !== entry.id && score.set(id, (score.get(id) ?? 0) + by);
    for (const r of entry.data.related) bump(r.id, 100);
    const named = entitiesOf(entry);
    const i = order.get(entry.id) ?? 0;
    for (const field of ['people', 'organizations', 'places'] as const) {
      for (const id of named[field]) {
        const list = backlinks[field].get(id) ?? [];
        const start = Math.max(0, Math.min(list.length - CAP, firstAtOrAfter(list, i) - CAP / 2));
        for (let k = start; k < Math.min(list.length, start + CAP); k++) bump(list[k]!.id, 1);
      }
    }
    for (const id of relatedFrom.get(entry.id) ?? []) bump(id, 100);
    return (
      [...score.entries()]
        .filter(([id]) => byId.has(id))
        // Higher score first; among equals the nearest in time, then the earlier.
        .sort((a, b) => {
          const da = (order.get(a[0]) ?? 0) - i;
          const db = (order.get(b[0]) ?? 0) - i;
          return b[1] - a[1] || Math.abs(da) - Math.abs(db) || da - db;
        })
        .slice(0, limit)
        .map(([id]) => byId.get(id)!)
    );
  };
  return { backlinks, related };
}
