/**
 * A zod schema as JSON Schema, describing what a contributor writes (the input side):
 * used for the editor's schema files (src/cli/schema/) and by the content check to find
 * which fields hold dates.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../collections';
import { refDescription } from './fields';

export { DATE_PATTERN, DAY_PATTERN } from './fields';

export type JsonSchema = Record<string, unknown>;

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
