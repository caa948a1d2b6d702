import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { loadContent } from '../../src/check/load-content';
import { SCHEMA_FILES } from '../../src/cli/schema/json-schema';
import { generatedFiles } from '../../src/cli/schema/generated-files';
import { collectionJsonSchema } from '../../src/cli/schema/json-schema';
import { REFERENCE_END, REFERENCE_START } from '../../src/cli/schema/field-reference';
import { NODE, ROOT } from '../helpers/astro';
import { makeContent, type Fixture } from '../helpers/content-fixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

// The editor schemas (schemas/*.json) and the field reference in CONTRIBUTING.md are
// generated from src/schemas/ by `npm run schema`; a schema change without a re-run
// fails here.
describe('files generated from the schemas', () => {
  it('are committed as `npm run schema` writes them', async () => {
    const files = await generatedFiles(ROOT);
    expect(Object.keys(files)).toContain('schemas/entry.schema.json');
    for (const [rel, text] of Object.entries(files)) {
      expect(readFileSync(path.join(ROOT, rel), 'utf8'), `${rel} is out of date — run npm run schema`).toBe(text);
    }
  });

  it('describe every field of every kind, and dates as the patterns the site accepts', () => {
    const entry = collectionJsonSchema('entries') as {
      oneOf: { properties: Record<string, { description?: string; anyOf?: { pattern?: string }[] }> }[];
    };
    for (const variant of entry.oneOf)
      for (const [field, s] of Object.entries(variant.properties)) expect(s.description, field).toBeTruthy();
    const date = new RegExp(entry.oneOf[0]!.properties.date!.anyOf![0]!.pattern!);
    for (const ok of ['2025-03-03', '2023-03', '2026-Q2', '2025-H1', '2022', '2025-10-20/2025-10-21'])
      expect(date.test(ok), ok).toBe(true);
    for (const bad of ['2025-13', '3 March 2025', '2025-Q5', '25-03-03']) expect(date.test(bad), bad).toBe(false);
  });

  it('put the field reference between its markers in CONTRIBUTING.md', () => {
    const doc = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const section = doc.slice(doc.indexOf(REFERENCE_START), doc.indexOf(REFERENCE_END));
    expect(section).toMatch(/\| `visitors` +\| yes +\|/);
    expect(section).toMatch(/\| `agreementType` +\| yes +\|/);
    expect(section).toContain('Headline, in sentence case, without a trailing full stop.');
  });
});

describe('the editor schemas (schemas/*.json)', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validator = (collection: keyof typeof SCHEMA_FILES) =>
    ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', SCHEMA_FILES[collection]), 'utf8')));

  it('accept every file of the corpus, so the editor flags nothing that the check accepts', () => {
    const { files } = loadContent(ROOT);
    expect(files.length).toBeGreaterThan(50);
    const validators = new Map<string, ReturnType<typeof validator>>();
    for (const f of files) {
      if (!validators.has(f.collection)) validators.set(f.collection, validator(f.collection));
      const validate = validators.get(f.collection)!;
      expect(validate(f.data), `${f.file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('flag the mistakes an editor can see: a bad date, a missing field, an unknown field, a wrong value', () => {
    const { files } = loadContent(ROOT);
    const visit = files.find((f) => f.id === '2025-03-03-bektenov-visits-baku')!.data as Record<string, unknown>;
    const validate = validator('entries');
    expect(validate(visit)).toBe(true);
    const { visitors: _, ...withoutVisitors } = visit;
    for (const bad of [
      { ...visit, date: '3 March 2025' },
      withoutVisitors,
      { ...visit, vistors: ['x'] },
      { ...visit, level: 'royal' },
    ])
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    expect(validator('places')({ name: 'X', type: 'port', lat: 95, lon: 1 })).toBe(false);
  });
});

describe('the worked example in CONTRIBUTING.md', () => {
  const doc = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  /** The code block of `lang` that follows `after` in the document. */
  const blockAfter = (after: string, lang: string) => {
    const from = doc.indexOf(after);
    const start = doc.indexOf('```' + lang + '\n', from) + lang.length + 4;
    return doc.slice(start, doc.indexOf('```\n', start));
  };

  it('shows exactly the files its command writes', () => {
    const command = blockAfter('The same entry can be made without questions', 'sh')
      .replace(/\\\n/g, ' ')
      .replace(/^npm run new -- /, '');
    // The shell splits the arguments as it would for a contributor.
    const args = execFileSync('bash', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' }).split('\0');
    args.pop();
    fixture = makeContent({
      'topics/transport.yaml': 'name: Transport\ndescription: Routes.\n',
      'topics/digital.yaml': 'name: Digital\ndescription: Cables.\n',
      'people/ali-asadov.yaml': 'name: Ali Asadov\ncountry: AZ\nrole: Prime Minister of Azerbaijan\n',
      'organizations/middle-corridor.yaml': 'name: Middle Corridor\ntype: infrastructure\n',
      'organizations/btc-pipeline.yaml': 'name: BTC pipeline\ntype: infrastructure\n',
      'places/baku.yaml': 'name: Baku\ncountry: AZ\ntype: capital\nlat: 40.4\nlon: 49.87\n',
    });
    const run = spawnSync(
      NODE,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/new/cli.ts', ...args, '--dry-run'],
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: fixture.dir }, encoding: 'utf8', input: '' },
    );
    expect(run.status, run.stderr).toBe(0);
    const written = Object.fromEntries(
      run.stdout
        .split(/^--- /m)
        .slice(1)
        .map((part) => [part.slice(0, part.indexOf('\n')), part.slice(part.indexOf('\n') + 1)]),
    );
    // Exactly the entry, the new person and the new source, each in the content folder
    // it was given (CONTENT_DIR), named as the command prints them (relative to the project).
    const rel = path.relative(ROOT, fixture.dir);
    expect(Object.keys(written).sort()).toEqual(
      [
        'entries/2025/2025-03-03-bektenov-visits-baku.mdx',
        'people/olzhas-bektenov.yaml',
        'sources/cpc-2025-bektenov-visits-baku.yaml',
      ].map((f) => `${rel}/${f}`),
    );
    const key = (file: string) => Object.keys(written).find((k) => k.endsWith(file))!;
    expect(written[key('entries/2025/2025-03-03-bektenov-visits-baku.mdx')]!.trim()).toBe(
      blockAfter('The entry, with every field its kind needs', 'mdx').trim(),
    );
    expect(written[key('people/olzhas-bektenov.yaml')]!.trim()).toBe(blockAfter('The new person', 'yaml').trim());
    expect(written[key('sources/cpc-2025-bektenov-visits-baku.yaml')]!.trim()).toBe(
      blockAfter('The new source', 'yaml').trim(),
    );
  });
});
