/**
 * `npm run schema`: writes the JSON Schemas of the content files to schemas/ (for the
 * editor) and the field reference in CONTRIBUTING.md, both from src/schemas/.
 * Run it after changing a schema; `npm run schema -- --check` only reports stale files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles } from './generated-files';

const root = process.cwd();
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [rel, text] of Object.entries(await generatedFiles(root))) {
  const abs = path.join(root, rel);
  let current: string | undefined;
  try {
    current = readFileSync(abs, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  stale.push(rel);
  if (!check) {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}
if (check && stale.length) {
  console.error(`out of date: ${stale.join(', ')} — run npm run schema and commit the result`);
  process.exitCode = 1;
} else {
  console.log(stale.length ? `wrote ${stale.join(', ')}` : 'schemas and field reference are up to date');
}
