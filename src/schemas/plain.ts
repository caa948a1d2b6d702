/**
 * Every collection's schema, by collection name. `SCHEMAS[name](ref)` builds it with a
 * reference factory: Astro's reference() in src/content.config.ts, {@link plainRef}
 * (`{ collection, id }` from an id) for code that validates content outside Astro —
 * the content check, the JSON Schema generator and the tests.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../collections';
import { entrySchema } from './entry';
import { organizationSchema, personSchema, placeSchema, seriesSchema, sourceSchema, topicSchema } from './entities';
import { plainRef, type RefFactory } from './fields';
import { routeSchema } from './map';
import { chartSchema } from './charts';
import { translationSchema } from './translation';

export const SCHEMAS = {
  entries: entrySchema,
  translations: () => translationSchema,
  topics: () => topicSchema,
  people: () => personSchema,
  organizations: () => organizationSchema,
  places: () => placeSchema,
  sources: () => sourceSchema,
  series: seriesSchema,
  routes: routeSchema,
  charts: chartSchema,
} satisfies Record<CollectionName, (ref: RefFactory) => z.ZodType>;

export const PLAIN_SCHEMAS = Object.fromEntries(
  Object.entries(SCHEMAS).map(([name, make]) => [name, make(plainRef)]),
) as unknown as Record<CollectionName, z.ZodType>;
