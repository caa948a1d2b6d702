/**
 * What the search index holds for a page, besides its visible text: Pagefind filters,
 * metadata shown in each result, the date sort key, and the names and spellings of the
 * entities an entry names (indexed, never shown). Computed here, rendered by
 * src/components/SearchMeta.astro.
 */
import { countryName } from '../../primitives/countries';
import { formatDateSpec, isoDay, yearOf, type DateSpec, type Precision } from '../../primitives/dates';
import { entityCountry, entityFacts, entityRole } from '../entities/facts';
import { participants } from '../entry/participants';
import type { DataOf, EntityData, EntryData, Item } from '../../schemas/types';
import { COLLECTIONS } from '../../collections';
import { label } from '../format/labels';
import type { EntityCollection } from '../../collections';
import { DATE_SORT_KEY, DATED_FILTER, type FilterKey } from './state';
import { otherSpellings } from './spellings';

export interface SearchAttributes {
  /** Filter values, one pair per value (a key may repeat). */
  filters: (readonly [filter: FilterKey | typeof DATED_FILTER.key, value: string])[];
  /** Metadata shown in a result: date, kind, status, summary. */
  meta: Record<string, string>;
  /** Sort keys (only entries have one). */
  sort: Record<string, string>;
  /**
   * Indexed but never shown: for entries, the date in words and the other spellings of
   * the people, organisations and places they name ("Aktau (also Aqtau, Актау, Ақтау)"),
   * so a search for any spelling finds the page; for every page, the US or UK spelling of
   * its words that it does not use ("fiber" for "fibre", src/lib/search/spellings.ts).
   */
  hiddenText: string;
  /**
   * Indexed but never shown, weighted like a heading: an entity page's own name in the
   * other languages' scripts (Russian, Kazakh, Azerbaijani), so "Токаев" finds Tokayev's
   * page first. Empty for entries.
   */
  hiddenNames: string[];
}

type Named = Pick<Item<{ name: string; aliases?: string[]; names?: Partial<Record<string, string>> }>, 'data'>;

/** Name lookups by collection, as `getLookup()` provides them. */
export type EntityLookups = { [C in EntityCollection]: ReadonlyMap<string, Pick<Item<DataOf<C>>, 'data'>> };

/** An entry as the index sees it: its data and the raw text of its body, when loaded. */
export type SearchableEntry = Item<EntryData> & { body?: string };

/** Coarser dates first on the same day, as `compareDateSpecs` orders them. */
const COARSE_FIRST: Precision[] = ['year', 'half', 'quarter', 'month', 'day'];

/**
 * A text key whose plain string order is the timeline's chronological order (start,
 * then coarser first, then shorter, then id), for Pagefind's date sort.
 */
export function dateSortKey(spec: DateSpec, id: string): string {
  return `${isoDay(spec.start)}.${COARSE_FIRST.indexOf(spec.precision)}.${isoDay(spec.end)}.${id}`;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** Every year a date covers: "2004/2005" is found under 2004 and under 2005. */
export function yearsOf(spec: DateSpec): number[] {
  const years: number[] = [];
  for (let y = yearOf(spec); y <= spec.end.getUTCFullYear(); y++) years.push(y);
  return years;
}
const ids = (...lists: ({ id: string }[] | undefined)[]) => unique(lists.flatMap((l) => (l ?? []).map((r) => r.id)));

/** Names of entities by id, dropping unknown ids (which the content check prevents). */
function resolve(lookup: ReadonlyMap<string, Named>, idList: string[]): Named[] {
  return idList.flatMap((id) => lookup.get(id) ?? []);
}

/** An entity's names in the other languages, each once ("Актау", "Ақтау"; the Azerbaijani "Aktau" is its English name). */
export function namesInOtherScripts(d: Named['data']): string[] {
  return [...new Set(Object.values(d.names ?? {}))].filter((n): n is string => !!n && n !== d.name);
}

/** "Aktau (also Aqtau, Актау, Ақтау)" for each entity that has other spellings. */
function aliasLines(entities: Named[]): string[] {
  return entities.flatMap((e) => {
    const other = [...(e.data.aliases ?? []), ...namesInOtherScripts(e.data)];
    return other.length ? [`${e.data.name} (also ${other.join(', ')})`] : [];
  });
}

const sentences = (...parts: (string | false)[]) => parts.filter(Boolean).join(' ');

function hiddenText(date: string | undefined, aliases: string[], spellings: string[]): string {
  return sentences(
    date !== undefined && `${date}.`,
    aliases.length > 0 && `Also written: ${aliases.join('; ')}.`,
    spellings.length > 0 && `Also spelled: ${spellings.join(', ')}.`,
  );
}

export function entrySearchAttributes(entry: SearchableEntry, look: EntityLookups): SearchAttributes {
  const d = entry.data;
  const spec = entry.data.date;
  const topics = resolve(look.topics, ids(d.topics));
  const named = participants(d);
  const people = resolve(look.people, ids(named.people));
  const organisations = resolve(look.organizations, ids(named.organizations));
  const places = resolve(look.places, ids(d.places));
  const countries = unique(named.countries);
  const filters: SearchAttributes['filters'] = [
    ['kind', label(d.kind)],
    ...topics.map((t) => ['topic', t.data.name] as const),
    ...yearsOf(spec).map((y) => ['year', String(y)] as const),
    ...countries.map((c) => ['country', countryName(c)] as const),
    ...people.map((p) => ['person', p.data.name] as const),
    ...organisations.map((o) => ['organisation', o.data.name] as const),
    ...places.map((p) => ['place', p.data.name] as const),
    ['status', label(d.status)],
    [DATED_FILTER.key, DATED_FILTER.value],
  ];
  return {
    filters,
    meta: { date: formatDateSpec(spec), kind: label(d.kind), status: label(d.status), summary: d.summary },
    sort: { [DATE_SORT_KEY]: dateSortKey(spec, entry.id) },
    hiddenText: hiddenText(
      formatDateSpec(spec),
      aliasLines([...people, ...organisations, ...places]),
      otherSpellings(d.title, d.summary, d.dateNote, entry.body),
    ),
    hiddenNames: [],
  };
}

/** The filter group an entity page belongs to under its own name. */
const OWN_FILTER: Record<EntityCollection, FilterKey> = {
  topics: 'topic',
  people: 'person',
  organizations: 'organisation',
  places: 'place',
};

export type SearchableEntity = Pick<Item<EntityData>, 'data'>;

/**
 * An entity page: its kind ("Person"), its own name under its group (so choosing
 * "Aktau" under Places lists the place page with its entries) and its country. Its
 * aliases are visible on the page already; its names in other scripts are added unseen.
 */
export function entitySearchAttributes(collection: EntityCollection, entity: SearchableEntity): SearchAttributes {
  const d = entity.data;
  const kind = COLLECTIONS[collection].singular;
  const country = entityCountry(d);
  // A role leads ("Prime Minister of Kazakhstan"); without a description, the facts line stands in.
  const lead = entityRole(d) ?? (d.description ? undefined : entityFacts(d).join(' · '));
  return {
    filters: [
      ['kind', kind],
      [OWN_FILTER[collection], d.name],
      ...(country ? [['country', countryName(country)] as const] : []),
    ],
    meta: { kind, summary: [lead, d.description].filter(Boolean).join('. ') },
    sort: {},
    hiddenText: hiddenText(undefined, [], otherSpellings(d.name, entityRole(d), d.description)),
    hiddenNames: 'names' in d ? namesInOtherScripts(d) : [],
  };
}
