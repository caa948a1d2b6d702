/**
 * JSON Schemas of the content files, generated from the zod schemas in src/schemas/ so
 * that an editor can check and complete frontmatter and YAML while it is typed.
 * `npm run schema` writes them to schemas/; a test keeps the committed files in sync.
 */
import { z } from 'astro/zod';
import { PLAIN_SCHEMAS } from '../../schemas/plain';
import { refDescription } from '../../schemas/fields';
import { COLLECTIONS, perCollection, type CollectionName } from '../../collections';

export { DATE_PATTERN } from '../../schemas/fields';

/** The schema file of each collection, under schemas/. */
export const SCHEMA_FILES = perCollection((_, def) => def.schemaFile);

type JsonSchema = Record<string, unknown>;

/**
 * Converts one zod schema, describing what a contributor writes (the input side):
 * references are ids (named by their collection), dates text in one of the forms
 * (their JSON form is attached to the date schema in src/schemas/fields.ts).
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      // A reference (plainRef): name its collection, and say what the id is where the field's own text does not.
      const collection = jsonSchema.collection as CollectionName | undefined;
      if (collection) {
        delete jsonSchema.collection;
        jsonSchema['x-collection'] = collection;
        const own = refDescription(collection);
        if (!String(jsonSchema.description).includes('content/'))
          jsonSchema.description = `${String(jsonSchema.description)} (${own})`;
      }
    },
  }) as JsonSchema;
}

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
