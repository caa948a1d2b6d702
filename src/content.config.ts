/**
 * The one schema module Astro reads. The shapes live in src/schemas/ so that the
 * content checker and the tests use the very same schemas with a plain reference.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { entrySchema } from './schemas/entry';
import {
  organizationSchema,
  personSchema,
  placeSchema,
  seriesSchema,
  sourceSchema,
  topicSchema,
} from './schemas/entities';
import { COLLECTION_DIRS, contentDir } from './io/content-dir';
import type { RefFactory } from './schemas/fields';
import { devTolerant } from './integrations/dev-tolerant-loader';

const ref = reference as unknown as RefFactory;
const dir = (name: keyof typeof COLLECTION_DIRS) => path.join(contentDir(), COLLECTION_DIRS[name]);
// In `astro dev` an invalid file is left out (the content guard says why) instead of stopping the server.
const data = (name: keyof typeof COLLECTION_DIRS) => devTolerant(glob({ pattern: '**/*.{yaml,yml}', base: dir(name) }));

export const collections = {
  entries: defineCollection({
    // The id is the file name (2025-03-03-bektenov-in-baku), whatever year folder holds it.
    loader: devTolerant(
      glob({
        pattern: '**/[^_]*.{md,mdx}',
        base: dir('entries'),
        generateId: ({ entry }) => path.basename(entry).replace(/\.mdx?$/, ''),
      }),
    ),
    schema: entrySchema(ref),
  }),
  topics: defineCollection({ loader: data('topics'), schema: topicSchema }),
  people: defineCollection({ loader: data('people'), schema: personSchema }),
  organizations: defineCollection({ loader: data('organizations'), schema: organizationSchema }),
  places: defineCollection({ loader: data('places'), schema: placeSchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  series: defineCollection({ loader: data('series'), schema: seriesSchema(ref) }),
};
