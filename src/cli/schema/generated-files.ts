/**
 * The files `npm run schema` writes, as they should be on disk: the JSON Schemas under
 * schemas/ and CONTRIBUTING.md with its field reference brought up to date. The sync
 * test compares them with the committed files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { allJsonSchemas } from './json-schema';
import { fieldReference, withReference } from './field-reference';

export const CONTRIBUTING = 'CONTRIBUTING.md';
export const SCHEMA_DIR = 'schemas';

async function pretty(root: string, rel: string, text: string): Promise<string> {
  const filepath = path.join(root, rel);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

/** Project-relative path → text, for every generated file. */
export async function generatedFiles(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(allJsonSchemas())) {
    const rel = path.join(SCHEMA_DIR, name);
    out[rel] = await pretty(root, rel, JSON.stringify(schema, null, 2));
  }
  const doc = readFileSync(path.join(root, CONTRIBUTING), 'utf8');
  out[CONTRIBUTING] = await pretty(root, CONTRIBUTING, withReference(doc, fieldReference()));
  return out;
}
