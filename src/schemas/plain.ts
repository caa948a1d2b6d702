/**
 * Every collection's schema with plain references (`{ collection, id }` from an id),
 * for code that validates content outside Astro: the content check and the JSON
 * Schema generator. src/content.config.ts builds the same schemas with Astro's reference().
 */
import type { z } from 'astro/zod';
import { entrySchema } from './entry';
import { organizationSchema, personSchema, placeSchema, seriesSchema, sourceSchema, topicSchema } from './entities';
import { plainRef, type CollectionName } from './fields';

export const PLAIN_SCHEMAS: Record<CollectionName, z.ZodType> = {
  entries: entrySchema(plainRef),
  topics: topicSchema,
  people: personSchema,
  organizations: organizationSchema,
  places: placeSchema,
  sources: sourceSchema,
  series: seriesSchema(plainRef),
};
