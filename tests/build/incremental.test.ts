import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroAsync, ROOT, type RunResult } from '../helpers/astro';
import { corpusPlaces, eventEntry, makeContent, VALID_FILES, type Fixture } from '../helpers/content-fixture';
import { distFiles } from '../helpers/dist';
import { readSources } from '../../src/check/load-content';
import { parseSource } from '../../src/check/source';

// An incremental rebuild (experimental.incrementalBuild, docs/incremental-builds.md) must
// write the same files, byte for byte, as a cold build of the same tree: after each edit,
// the tree is built again with the previous build's output folder and cache, and afresh
// into a new folder and cache, side by side, and the two are compared. The last step, a
// changed config, renders every page again in both: two builds in two processes, with
// share images and citations drawn in one and read from the cache in the other, must
// write the same bytes (the build is deterministic).
const OIL = 'entries/2023/2023-03-first-oil.mdx';
const VISIT = 'entries/2025/2025-10-20-aliyev-in-astana.mdx';
// Issue #16: an entry no other edit touches (the last, with no people or figures), and its
// Russian translation, edited alone: its page's key must change with the translation.
const QUIET = eventEntry('2026-01-quiet-entry', '2026-01');
const QUIET_RU = 'entries/2026/2026-01-quiet-entry.ru.mdx';
const quietRu = (title: string) =>
  `---\ntitle: ${title}\nsummary: Краткое изложение.\n---\n\n${title}.[^a]\n\n[^a]: Article A.\n`;
// An entry whose body alone changes, edited when nothing else on its page does (no topic,
// place or neighbour of it changes then): its HTML is rendered when the content is loaded,
// not compiled as a module, and must still render the page again.
const plain = (body: string) =>
  eventEntry('2019-03-plain-entry', '2019-03', { topics: ['culture'], places: ['burgas'] }, body);
const PLAIN = { ...plain('The first text.'), 'topics/culture.yaml': 'name: Culture\ndescription: Culture.\n' };
const plainBody = (f: Fixture) =>
  Object.entries(plain('The *second* text.')).forEach(([rel, text]) => f.write(rel, text));
const NEW = eventEntry('2024-05-new-pipeline-talks', '2024-05', { people: ['ilham-aliyev'], organizations: ['socar'] });

interface Step {
  name: string;
  edit: (f: Fixture) => void;
  env?: Record<string, string>;
}
const retitle = (f: Fixture) =>
  f.write(OIL, VALID_FILES[OIL]!.replace('title: First Kazakh oil through BTC', 'title: First Kazakh oil by BTC'));
const EDITS = {
  title: retitle,
  person: (f: Fixture) =>
    f.write('people/ilham-aliyev.yaml', 'name: Ilham Heydar oglu Aliyev\ncountry: AZ\nrole: President of Azerbaijan\n'),
  point: (f: Fixture) =>
    f.write('series/trade.yaml', VALID_FILES['series/trade.yaml']!.replace('value: 470', 'value: 471.5')),
  translation: (f: Fixture) => f.write(QUIET_RU, quietRu('Тихая запись, исправленный перевод')),
  body: plainBody,
  added: (f: Fixture) => Object.entries(NEW).forEach(([rel, text]) => f.write(rel, text)),
  deleted: (f: Fixture) => rmSync(path.join(f.dir, VISIT)),
};
// Edits that change different files share a rebuild (each build costs seconds of
// `npm test`); the config change, which makes every page new, has its own.
const STEPS: Step[] = [
  {
    name: "an entry's title, a person's name, a series point and a translation",
    edit: (f) => [EDITS.title, EDITS.person, EDITS.point, EDITS.translation].forEach((e) => e(f)),
  },
  {
    name: "a new entry, a deleted one and an entry's body",
    edit: (f) => [EDITS.added, EDITS.deleted, EDITS.body].forEach((e) => e(f)),
  },
  {
    name: 'a changed config (SITE_URL): every page rendered again, the same bytes as a cold build',
    edit: () => {},
    env: { SITE_URL: 'https://timeline.example.net' },
  },
];

const DIR = path.join(ROOT, 'node_modules/.cache/kzaz-incremental');
const files = (root: string) =>
  existsSync(root)
    ? distFiles(root)
        .map((f) => path.relative(root, f))
        .sort()
    : [];

/** Files only in one of the two folders, or with different bytes. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = new Set(files(b));
  const out = left.filter((f) => !right.has(f)).map((f) => `only in the incremental build: ${f}`);
  for (const f of right) if (!left.includes(f)) out.push(`only in the cold build: ${f}`);
  for (const f of left)
    if (right.has(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) out.push(`differs: ${f}`);
  return out;
}

describe('an incremental rebuild writes what a cold build of the same tree writes', () => {
  let fixture: Fixture;
  const results: { step: string; incremental: RunResult; cold: RunResult; diff: string[] }[] = [];
  const kept = { OUT_DIR: path.join(DIR, 'kept-out'), ASTRO_CACHE_DIR: path.join(DIR, 'kept-cache') };
  let first: RunResult;
  /** The MDX bodies of the first tree: how many, and how many different texts (two entries may share one). */
  let firstBodies: { all: number; distinct: number };

  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true });
    fixture = makeContent({ ...corpusPlaces(), ...QUIET, [QUIET_RU]: quietRu('Тихая запись'), ...PLAIN });
    const bodies = readSources(ROOT, fixture.dir).flatMap((src) => {
      const parsed = parseSource(src);
      return src.file.endsWith('.mdx') && 'collection' in parsed && parsed.body ? [parsed.body.text.trim()] : [];
    });
    firstBodies = { all: bodies.length, distinct: new Set(bodies).size };
    // English and one translation (the translation edit is Russian): Kazakh and Azerbaijani
    // pages come from the same code, and would only make each of the seven builds longer.
    const base = { CONTENT_DIR: fixture.dir, AS_OF: '2026-06-01', SITE_LOCALES: 'en,ru' };
    first = await astroAsync(['build'], { ...base, ...kept });
    let env: Record<string, string> = {};
    for (const [i, step] of STEPS.entries()) {
      step.edit(fixture);
      env = { ...env, ...step.env };
      const cold = { OUT_DIR: path.join(DIR, `cold-${i}-out`), ASTRO_CACHE_DIR: path.join(DIR, `cold-${i}-cache`) };
      const [incremental, fresh] = await Promise.all([
        astroAsync(['build'], { ...base, ...env, ...kept }),
        astroAsync(['build'], { ...base, ...env, ...cold }),
      ]);
      results.push({ step: step.name, incremental, cold: fresh, diff: differences(kept.OUT_DIR, cold.OUT_DIR) });
      rmSync(path.join(DIR, `cold-${i}-out`), { recursive: true, force: true });
      rmSync(path.join(DIR, `cold-${i}-cache`), { recursive: true, force: true });
    }
    // Seven small builds, two at a time.
  }, 900_000);
  afterAll(() => {
    fixture?.cleanup();
    rmSync(DIR, { recursive: true, force: true });
  });

  it('builds the first time, keeping a manifest for the next build', () => {
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(kept.ASTRO_CACHE_DIR, 'incremental-build.json'))).toBe(true);
  });

  it.each(STEPS.map((s, i) => [s.name, i] as const))('after %s', (_name, i) => {
    const r = results[i]!;
    expect(r.incremental.status, r.incremental.output.slice(-3000)).toBe(0);
    expect(r.cold.status, r.cold.output.slice(-3000)).toBe(0);
    expect(r.diff).toEqual([]);
  });

  it('parsed each body once in a cold build, and again only the bodies that changed, in the first rebuild too', () => {
    const counts = (output: string) => {
      const m = /bodies parsed: (\d+) \((\d+) kept from the last build\)/.exec(output);
      return m ? { parsed: Number(m[1]), kept: Number(m[2]) } : undefined;
    };
    const cold = counts(first.output);
    const rebuilt = counts(results[0]!.incremental.output);
    // The first build parses every body; the first rebuild reads the unchanged ones back.
    expect(cold?.kept).toBe(0);
    // The loaders (entries, translations) render each body from the tree the check parsed
    // (src/integrations/parsed-bodies.ts): a text two entries share is parsed once more.
    const loaded = [...first.output.matchAll(/rendered (\d+) bodies, (\d+) parsed by the content check/g)];
    const sum = (i: number) => loaded.reduce((n, m) => n + Number(m[i]), 0);
    expect({ rendered: sum(1), fromTheCheck: sum(2) }).toEqual({
      rendered: firstBodies.all,
      fromTheCheck: firstBodies.distinct,
    });
    expect(rebuilt?.kept).toBeGreaterThan(0);
    expect(rebuilt!.parsed + rebuilt!.kept).toBe(cold!.parsed);
  });

  it('skipped the pages whose key did not change, left in the output folder (the rebuild is incremental)', () => {
    // After the first edits, the page of a person whose entries did not change keeps last build's file,
    // in place ("(cached)"; "(restored)" would be a copy from Astro's cache), and so do the citation files.
    const output = results[0]!.incremental.output;
    expect(output).toMatch(/\/people\/kassym-jomart-tokayev\/index\.html.*\(cached\)/);
    expect(output).toMatch(/kept \d+ files of the last build in place/);
    expect(output).toMatch(/wrote \d+ files and kept [1-9]\d* unchanged/);
    // After a config change, nothing is kept.
    expect(results.at(-1)!.incremental.output).not.toMatch(/\((cached|restored)\)/);
  });
});
