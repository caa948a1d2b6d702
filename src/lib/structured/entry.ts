/**
 * An entry as schema.org: an Article (the page) about what it records, an Event for a
 * visit or event and a Legislation for an agreement. Dates keep the entry's precision
 * (src/primitives/dates.ts, isoDate): a month stays a month, a quarter gives its year.
 */
import type { Article, Event, EventStatusType, Legislation, Thing } from 'schema-dts';
import { isoDate, isoDay, type DateSpec } from '../../primitives/dates';
import { isAgreement, isVisit, type EntryData, type Item } from '../../schemas/types';
import type { NameLookup } from '../entry/cards';
import type { Lookups } from '../entry/lookups';
import { citations } from '../entry/citations';
import { participants } from '../entry/participants';
import { label } from '../format/labels';
import { paths } from '../urls/paths';
import { countryNode, organizationRef, personRef, placeRef, sourceNode, topicRef, websiteRef } from './nodes';

type Refs = readonly { id: string }[];

/** References to entities that exist, once each, in order. */
function refs<T>(names: NameLookup, ids: Refs, make: (id: string, name: string) => T): T[] {
  const seen = new Set<string>();
  return ids.flatMap(({ id }) => {
    const e = names.get(id);
    if (!e || seen.has(id)) return [];
    seen.add(id);
    return [make(id, e.data.name)];
  });
}

/** startDate/endDate of a date: a range gives both ends, a single date only its start. */
export function eventDates(date: DateSpec): { startDate: string; endDate?: string } {
  return date.to ? { startDate: isoDate(date.from), endDate: isoDate(date.to) } : { startDate: isoDate(date.from) };
}

/** schema.org's word for a plan as the sources leave it; none for what happened. */
function eventStatus(d: EntryData): EventStatusType | undefined {
  if (d.status !== 'planned') return undefined;
  switch (d.outcome?.status) {
    case 'postponed':
      return 'https://schema.org/EventPostponed';
    case 'cancelled':
      return 'https://schema.org/EventCancelled';
    default:
      return 'https://schema.org/EventScheduled';
  }
}

/** What the entry records: an agreement as Legislation, anything else as an Event. */
export function entrySubject(entry: Item<EntryData>, look: Lookups): Event | Legislation {
  const d = entry.data;
  const url = paths.absolute(paths.entry(entry.id));
  const common = { '@id': `${url}#subject`, name: d.title, description: d.summary };
  if (isAgreement(d)) {
    const by = [
      ...refs(look.people, d.signatories, personRef),
      ...refs(look.organizations, d.parties, organizationRef),
    ];
    return {
      '@type': 'Legislation',
      ...common,
      legislationType: label(d.agreementType),
      // The day of signature only when a source says it was signed; the entry's precision.
      ...(d.stage === 'signed' && { legislationDate: isoDate(d.date.from) }),
      ...(by.length > 0 && { legislationPassedBy: by }),
      ...(d.partyCountries.length > 0 && { legislationJurisdiction: d.partyCountries.map(countryNode) }),
    };
  }
  const visit = isVisit(d) ? d : undefined;
  const attendees = visit ? refs(look.people, [...visit.visitors, ...visit.hosts], personRef) : [];
  const where = d.places[0] && refs(look.places, [d.places[0]], placeRef)[0];
  const status = eventStatus(d);
  return {
    '@type': 'Event',
    ...common,
    ...eventDates(d.date),
    ...(status && { eventStatus: status }),
    ...(where && { location: where }),
    ...(attendees.length > 0 && { attendee: attendees }),
  };
}

export interface EntryFile {
  /** When the entry's file last changed (git), the page's dateModified. */
  changed?: Date | undefined;
}

/** The entry page as an Article about its subject, citing its sources. */
export function entryArticle(entry: Item<EntryData>, look: Lookups, file: EntryFile = {}): Article {
  const d = entry.data;
  const url = paths.absolute(paths.entry(entry.id));
  const who = participants(d);
  const mentions: Thing[] = [
    ...refs(look.people, who.people, personRef),
    ...refs(look.organizations, who.organizations, organizationRef),
    ...refs(look.places, d.places, placeRef),
  ];
  const cited = citations(d, look).flatMap((c) => {
    const s = look.sources.get(c.id);
    return s ? [sourceNode(s)] : [];
  });
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: d.title,
    description: d.summary,
    inLanguage: 'en',
    isPartOf: websiteRef(),
    ...(file.changed && { dateModified: isoDay(file.changed) }),
    about: [entrySubject(entry, look), ...refs(look.topics, d.topics, topicRef)],
    ...(mentions.length > 0 && { mentions }),
    citation: cited,
  };
}
