/**
 * Which fields of each collection hold a date, read off the schemas themselves: the
 * date fields carry the JSON form of a date (src/schemas/fields.ts), so a new date
 * field is checked as text without anyone listing it here.
 */
import { DATE_PATTERN, DAY_PATTERN, toJsonSchema } from '../schemas/json-schema';
import { PLAIN_SCHEMAS } from '../schemas/plain';
import type { CollectionName } from '../collections';

/** A path through the data; `*` stands for every item of a list. */
export type DatePath = readonly string[];

type Json = { [key: string]: unknown };

const isDate = (s: Json) =>
  Array.isArray(s.anyOf) && s.anyOf.some((a) => [DATE_PATTERN, DAY_PATTERN].includes((a as Json).pattern as string));

function* datePaths(schema: Json, defs: Json, path: string[]): Generator<string[]> {
  if (typeof schema.$ref === 'string') {
    const def = defs[schema.$ref.replace('#/$defs/', '')];
    if (def) yield* datePaths(def as Json, defs, path);
    return;
  }
  if (isDate(schema)) {
    yield path;
    return;
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    for (const part of (schema[key] as Json[] | undefined) ?? []) yield* datePaths(part, defs, path);
  for (const [name, sub] of Object.entries((schema.properties as Json | undefined) ?? {}))
    yield* datePaths(sub as Json, defs, [...path, name]);
  if (schema.items && typeof schema.items === 'object') yield* datePaths(schema.items as Json, defs, [...path, '*']);
}

function fieldsOf(collection: CollectionName): DatePath[] {
  const schema = toJsonSchema(PLAIN_SCHEMAS[collection]) as Json;
  const unique = new Map<string, string[]>();
  for (const p of datePaths(schema, (schema.$defs as Json | undefined) ?? {}, [])) unique.set(p.join('.'), p);
  return [...unique.values()];
}

let cache: Map<CollectionName, DatePath[]> | undefined;

/** The date fields of every collection (worked out once). */
export function dateFields(collection: CollectionName): DatePath[] {
  cache ??= new Map((Object.keys(PLAIN_SCHEMAS) as CollectionName[]).map((c) => [c, fieldsOf(c)]));
  return cache.get(collection) ?? [];
}
