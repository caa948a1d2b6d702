/**
 * The content types, derived from the schemas (never written by hand): what a file
 * holds once its schema has parsed it. Astro's `CollectionEntry<...>['data']` is the
 * same type, because src/content.config.ts builds its collections from these schemas.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../collections';
import type { SCHEMAS } from './plain';
import type { chartSchema } from './charts';
import type { entrySchema, figureSchema } from './entry';
import type { routeSchema } from './map';
import type { translationSchema } from './translation';
import type {
  organizationSchema,
  personSchema,
  placeSchema,
  seriesPointSchema,
  seriesSchema,
  sourceSchema,
  topicSchema,
} from './entities';

/** What a file of any collection holds once parsed. */
export type DataOf<C extends CollectionName> = z.output<ReturnType<(typeof SCHEMAS)[C]>>;

export type EntryData = z.output<ReturnType<typeof entrySchema>>;
export type VisitData = Extract<EntryData, { kind: 'visit' }>;
export type AgreementData = Extract<EntryData, { kind: 'agreement' }>;
export type EventData = Extract<EntryData, { kind: 'event' }>;
export type EntryKind = EntryData['kind'];
export type FigureData = z.output<ReturnType<typeof figureSchema>>;
/** Issue #16: an entry's translation (title, summary; the body is the file's Markdown). */
export type TranslationData = z.output<typeof translationSchema>;

export type TopicData = z.output<typeof topicSchema>;
export type PersonData = z.output<typeof personSchema>;
export type OrganizationData = z.output<typeof organizationSchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type SeriesData = z.output<ReturnType<typeof seriesSchema>>;
export type SeriesPoint = z.output<ReturnType<typeof seriesPointSchema>>;

export type RouteData = z.output<ReturnType<typeof routeSchema>>;
export type DrawnRouteData = Extract<RouteData, { drawn: true }>;
export type ChartData = z.output<ReturnType<typeof chartSchema>>;

/** Any entity with a page: topic, person, organisation or place. */
export type EntityData = TopicData | PersonData | OrganizationData | PlaceData;

/** A loaded file: its id and parsed data (Astro's collection entries have this shape and more). */
export interface Item<D> {
  id: string;
  data: D;
}

export const isVisit = (d: EntryData): d is VisitData => d.kind === 'visit';
export const isAgreement = (d: EntryData): d is AgreementData => d.kind === 'agreement';
export const isEvent = (d: EntryData): d is EventData => d.kind === 'event';
