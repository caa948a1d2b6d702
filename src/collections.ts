/**
 * The one registry of content collections. Folders, words, URL segments, editor schema
 * files and the navigation are all derived from this list; adding a collection starts
 * here (then its schema in src/schemas/ and its entry in src/schemas/index.ts).
 */

/** The files of a YAML collection's folder (and its sub-folders) that it loads. */
const YAML_FILES = ['**/*.{yaml,yml}'] as const;

interface CollectionDef {
  /** Sub-folder of the content folder. */
  dir: string;
  /** What one file holds, as readers and contributors see it. */
  singular: string;
  plural: string;
  /** The file the contributor writes: Markdown/MDX with frontmatter, or YAML. */
  format: 'mdx' | 'yaml';
  /**
   * The files of the folder the collection loads, as glob patterns relative to it (a
   * pattern starting with `!` leaves files out). Astro's loader (src/content.config.ts)
   * and the content check's loader (src/check/load-content.ts) both read them. Default:
   * every YAML file.
   */
  files?: readonly string[];
  /** A collection of translations: the collection whose files it translates (src/lib/translations/names.ts). */
  translates?: 'entries';
  /** The editor's JSON Schema, under schemas/. */
  schemaFile: string;
  /** Title of that JSON Schema. */
  schemaTitle: string;
  /** Heading of the collection in CONTRIBUTING's field reference. */
  referenceHeading: string;
  /** Entities have an index page and a page each, at /<dir>/ and /<dir>/<id>/, listed in the navigation. */
  entity?: { intro: string };
}

export const COLLECTIONS = {
  entries: {
    dir: 'entries',
    singular: 'Entry',
    plural: 'Entries',
    format: 'mdx',
    // A name starting with _ is left out; a name with a second dot is a translation (below).
    files: ['**/[^_]*.{md,mdx}', '!**/*.*.{md,mdx}'],
    schemaFile: 'entry.schema.json',
    schemaTitle: 'Timeline entry (frontmatter of content/entries/<year>/<date>-<slug>.mdx)',
    referenceHeading: 'Timeline entry',
  },
  translations: {
    dir: 'entries',
    singular: 'Translation',
    plural: 'Translations',
    format: 'mdx',
    // Issue #16: `<entry id>.<language>.md(x)` beside the entry it translates.
    files: ['**/[^_]*.*.{md,mdx}'],
    translates: 'entries',
    schemaFile: 'translation.schema.json',
    schemaTitle: 'Translation of an entry (frontmatter of content/entries/<year>/<entry id>.<ru|kk|az>.mdx)',
    referenceHeading: 'Translation of an entry',
  },
  topics: {
    dir: 'topics',
    singular: 'Topic',
    plural: 'Topics',
    format: 'yaml',
    schemaFile: 'topic.schema.json',
    schemaTitle: 'Topic (content/topics/<id>.yaml)',
    referenceHeading: 'Topic',
    entity: { intro: 'The subjects the timeline follows.' },
  },
  people: {
    dir: 'people',
    singular: 'Person',
    plural: 'People',
    format: 'yaml',
    schemaFile: 'person.schema.json',
    schemaTitle: 'Person (content/people/<id>.yaml)',
    referenceHeading: 'Person',
    entity: {
      intro: 'Presidents, ministers, officials and analysts named in the sources, with the roles the sources give.',
    },
  },
  organizations: {
    dir: 'organizations',
    singular: 'Organisation',
    plural: 'Organisations',
    format: 'yaml',
    schemaFile: 'organization.schema.json',
    schemaTitle: 'Organisation (content/organizations/<id>.yaml)',
    referenceHeading: 'Organisation',
    entity: { intro: 'Companies, state bodies, pipelines and international organisations.' },
  },
  places: {
    dir: 'places',
    singular: 'Place',
    plural: 'Places',
    format: 'yaml',
    schemaFile: 'place.schema.json',
    schemaTitle: 'Place (content/places/<id>.yaml)',
    referenceHeading: 'Place',
    entity: { intro: 'Cities, ports, terminals, fields and seas.' },
  },
  sources: {
    dir: 'sources',
    singular: 'Source',
    plural: 'Sources',
    format: 'yaml',
    schemaFile: 'source.schema.json',
    schemaTitle: 'Source document (content/sources/<id>.yaml)',
    referenceHeading: 'Source',
  },
  series: {
    dir: 'series',
    singular: 'Data series',
    plural: 'Data series',
    format: 'yaml',
    schemaFile: 'series.schema.json',
    schemaTitle: 'Data series (content/series/<id>.yaml)',
    referenceHeading: 'Data series',
  },
  routes: {
    dir: 'routes',
    singular: 'Map route',
    plural: 'Map routes',
    format: 'yaml',
    schemaFile: 'route.schema.json',
    schemaTitle: 'Map route (content/routes/<id>.yaml)',
    referenceHeading: 'Map route',
  },
  charts: {
    dir: 'charts',
    singular: 'Combined chart',
    plural: 'Combined charts',
    format: 'yaml',
    schemaFile: 'chart.schema.json',
    schemaTitle: 'Combined chart (content/charts/<id>.yaml)',
    referenceHeading: 'Combined chart',
  },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;
type EntityName = {
  [K in CollectionName]: (typeof COLLECTIONS)[K] extends { entity: object } ? K : never;
}[CollectionName];
/** The collections with pages of their own: topics, people, organisations, places. */
export type EntityCollection = EntityName;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const ENTITY_COLLECTIONS = COLLECTION_NAMES.filter((c): c is EntityCollection => 'entity' in COLLECTIONS[c]);

/** The registry's definition of one collection, typed loosely for generic code. */
export const collectionDef = (name: CollectionName): CollectionDef => COLLECTIONS[name];

/** The glob patterns of the files a collection loads (see CollectionDef.files). */
export const filePatterns = (name: CollectionName): readonly string[] => collectionDef(name).files ?? YAML_FILES;

/** A record with one value per collection, in registry order. */
export function perCollection<T>(make: (name: CollectionName, def: CollectionDef) => T): Record<CollectionName, T> {
  return Object.fromEntries(COLLECTION_NAMES.map((n) => [n, make(n, COLLECTIONS[n])])) as Record<CollectionName, T>;
}
