/**
 * JSON Schemas of the content files, generated from the zod schemas in src/schemas/ so
 * that an editor can check and complete frontmatter and YAML while it is typed.
 * `npm run schema` writes them to schemas/; a test keeps the committed files in sync.
 */
import { PLAIN_SCHEMAS } from '../../schemas/plain';
import { toJsonSchema } from '../../schemas/json-schema';
import { COLLECTIONS, perCollection, type CollectionName } from '../../collections';

export { DATE_PATTERN, DAY_PATTERN, toJsonSchema } from '../../schemas/json-schema';

/** The schema file of each collection, under schemas/. */
export const SCHEMA_FILES = perCollection((_, def) => def.schemaFile);

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a collection, titled for the editor. */
export function collectionJsonSchema(collection: CollectionName): JsonSchema {
  const { $schema, ...rest } = toJsonSchema(PLAIN_SCHEMAS[collection]);
  return { $schema, title: COLLECTIONS[collection].schemaTitle, ...rest };
}

/** Every schema file: name under schemas/ → JSON text (formatting is left to the caller). */
export function allJsonSchemas(): Record<string, JsonSchema> {
  return Object.fromEntries(
    (Object.keys(SCHEMA_FILES) as CollectionName[]).map((c) => [SCHEMA_FILES[c], collectionJsonSchema(c)]),
  );
}
