/**
 * View models for lists: what a list item shows of an entry, resolved to names and
 * URLs, so components only render.
 */
import type { DateSpec } from '../../primitives/dates';
import type { EntryData, Item, PersonData } from '../../schemas/types';
import { timingOf, type Timing } from '../timeline/timing';
import { paths } from '../urls/paths';
import type { EntityCollection } from '../../collections';

export interface NamedLink {
  id: string;
  name: string;
  href: string;
  /** The name's standard spelling in the other languages, for an entity that has them. */
  names?: PersonData['names'] | undefined;
}

export interface EntryCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  kind: EntryData['kind'];
  status: EntryData['status'];
  /** Happened, still ahead, or a plan past due on the as-of day. */
  timing: Timing;
  date: DateSpec;
  topics: NamedLink[];
}

type CardSource = Item<Pick<EntryData, 'title' | 'summary' | 'kind' | 'status' | 'date' | 'topics'>>;

export type NameLookup = ReadonlyMap<string, { data: { name: string; names?: PersonData['names'] } }>;

/** Links to entities by id; unknown ids (which the content check prevents) are dropped. */
export function namedLinks(
  collection: EntityCollection,
  ids: readonly { id: string }[],
  names: NameLookup,
): NamedLink[] {
  const out: NamedLink[] = [];
  for (const { id } of ids) {
    const entity = names.get(id);
    if (entity) out.push({ id, name: entity.data.name, href: paths.entity(collection, id), names: entity.data.names });
  }
  return out;
}

export function entryCard(entry: CardSource, topicNames: NameLookup, asOf: string): EntryCard {
  return {
    id: entry.id,
    href: paths.entry(entry.id),
    title: entry.data.title,
    summary: entry.data.summary,
    kind: entry.data.kind,
    status: entry.data.status,
    timing: timingOf(entry.data, asOf),
    date: entry.data.date,
    topics: namedLinks('topics', entry.data.topics, topicNames),
  };
}

/** The year a card is filed under. */
export const cardYear = (card: EntryCard): number => card.date.start.getUTCFullYear();
