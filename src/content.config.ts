/**
 * The collections Astro loads, one per entry of the registry (src/collections.ts), each
 * with its files (the registry's patterns) and its schema from src/schemas/ built with
 * Astro's reference(). Entries and their translations share content/entries/.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, filePatterns, type CollectionName } from './collections';
import { collectionDir } from './io/content-dir';
import { SCHEMAS } from './schemas/plain';
import type { RefFactory } from './schemas/fields';
import { bodiesAsHtml } from './integrations/bodies-as-html';
import { devTolerant } from './integrations/dev-tolerant-loader';

const ref = reference as unknown as RefFactory;

function loader(name: CollectionName) {
  const base = collectionDir(name);
  const pattern = [...filePatterns(name)];
  // Entries and their translations: the id is the file name (2025-03-03-bektenov-in-baku,
  // 2025-03-03-bektenov-in-baku.ru), whatever year folder holds it.
  // Their bodies are rendered to HTML as they are loaded, never compiled as MDX modules.
  const files =
    COLLECTIONS[name].format === 'mdx'
      ? bodiesAsHtml(glob({ pattern, base, generateId: ({ entry }) => path.basename(entry).replace(/\.mdx?$/, '') }))
      : glob({ pattern, base });
  // In `astro dev` an invalid file is left out (the content guard says why) instead of stopping the server.
  return devTolerant(files);
}

/** Each collection with its own schema type, so Astro's `CollectionEntry<...>['data']` is the schema's output. */
type Collections = {
  [K in CollectionName]: { loader: ReturnType<typeof loader>; schema: ReturnType<(typeof SCHEMAS)[K]> };
};

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: loader(name), schema: SCHEMAS[name](ref) })]),
) as Collections;
