/**
 * A small valid content folder written to a temporary directory, which each test
 * changes one file of. It goes through the real loader and the real schemas.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const VALID_FILES: Record<string, string> = {
  'topics/energy.yaml': 'name: Energy\ndescription: Oil, gas and power.\n',
  'topics/diplomacy.yaml': 'name: Diplomacy\ndescription: Visits and agreements.\n',
  'people/ilham-aliyev.yaml': 'name: Ilham Aliyev\ncountry: AZ\nrole: President of Azerbaijan\n',
  'people/kassym-jomart-tokayev.yaml':
    'name: Kassym-Jomart Tokayev\naliases: [Toqaev]\ncountry: KZ\nrole: President of Kazakhstan\n',
  'organizations/socar.yaml': 'name: SOCAR\ncountry: AZ\ntype: company\n',
  'places/astana.yaml': 'name: Astana\ncountry: KZ\ntype: capital\nlat: 51.17\nlon: 71.45\n',
  'sources/article-a.yaml': 'title: Article A\npublisher: Publisher A\npublished: "2025-10-24"\n',
  'series/trade.yaml': [
    'title: Trade turnover',
    'unit: million USD',
    'points:',
    '  - period: "2024"',
    '    value: 470',
    '    source: article-a',
    '',
  ].join('\n'),
  'entries/2025/2025-10-20-aliyev-in-astana.mdx': [
    '---',
    'title: Aliyev pays a state visit to Astana',
    'kind: visit',
    'date: "2025-10-20/2025-10-21"',
    'summary: The presidents meet in Astana.',
    'topics: [diplomacy]',
    'people: [ilham-aliyev, kassym-jomart-tokayev]',
    'places: [astana]',
    'sources: [article-a]',
    'visitors: [ilham-aliyev]',
    'hosts: [kassym-jomart-tokayev]',
    'from: AZ',
    'to: KZ',
    'level: state',
    '---',
    '',
    'Body.',
    '',
  ].join('\n'),
  'entries/2023/2023-03-first-oil.mdx': [
    '---',
    'title: First Kazakh oil through BTC',
    'kind: event',
    'eventType: milestone',
    'date: "2023-03"',
    'summary: Kazakh oil enters the BTC pipeline.',
    'topics: [energy]',
    'organizations: [socar]',
    'sources: [article-a]',
    'figures:',
    '  - label: Trade turnover',
    '    value: 470',
    '    unit: million USD',
    '    source: article-a',
    '    series: trade',
    '---',
    '',
    'Body.',
    '',
  ].join('\n'),
};

export interface Fixture {
  dir: string;
  write: (rel: string, text: string) => string;
  cleanup: () => void;
}

/** Writes the valid folder plus `overrides` (a value of null deletes that file) into a new temporary folder. */
export function makeContent(overrides: Record<string, string | null> = {}): Fixture {
  return writeContent(mkdtempSync(path.join(tmpdir(), 'kzaz-content-')), overrides);
}

/** The same into `dir`, emptied first (for the shared fixture sites, which live in known folders). */
export function writeContent(dir: string, overrides: Record<string, string | null> = {}): Fixture {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (rel: string, text: string) => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    return abs;
  };
  for (const [rel, text] of Object.entries({ ...VALID_FILES, ...overrides })) if (text !== null) write(rel, text);
  return { dir, write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The valid visit entry with one frontmatter line replaced (or removed when `to` is null). */
export function visitWith(from: RegExp, to: string | null): string {
  const lines = VALID_FILES['entries/2025/2025-10-20-aliyev-in-astana.mdx']!.split('\n');
  const i = lines.findIndex((l) => from.test(l));
  if (i < 0) throw new Error(`no line matches ${from}`);
  if (to === null) lines.splice(i, 1);
  else lines[i] = to;
  return lines.join('\n');
}

/** The text of an entry file from frontmatter fields (written as YAML) and a body. */
export function entryText(fields: Record<string, unknown>, body = 'Body.[^a]\n\n[^a]: Article A.\n'): string {
  const yaml = Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** A valid event entry of the fixture (its sources, topics and places exist), at `date`. */
export function eventEntry(id: string, date: string, extra: Record<string, unknown> = {}, body?: string) {
  const year = date.slice(0, 4);
  return {
    [`entries/${year}/${id}.mdx`]: entryText(
      {
        title: `Event ${id}`,
        kind: 'event',
        date,
        summary: `Summary of ${id}.`,
        topics: ['energy'],
        places: ['astana'],
        sources: ['article-a'],
        ...extra,
      },
      body,
    ),
  };
}

/** `n` valid entries, one a day from 2001-01-01, each linking to the one before. */
export function manyEntries(n: number): Record<string, string> {
  const out: Record<string, string> = {};
  let previous: string | undefined;
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
    const id = `${day}-synthetic-entry-${i}`;
    const body = previous
      ? `Follows [the entry before](/entries/${previous}/).[^a]\n\n[^a]: Article A.\n`
      : 'The first.[^a]\n\n[^a]: Article A.\n';
    Object.assign(out, eventEntry(id, day, { people: ['ilham-aliyev'], organizations: ['socar'] }, body));
    previous = id;
  }
  return out;
}

/**
 * The corpus's places (content/places/*.yaml), for fixtures that are built: the map page
 * draws cited routes between named places and cannot be built without them.
 */
export function corpusPlaces(root = path.resolve(import.meta.dirname, '../..')): Record<string, string> {
  const dir = path.join(root, 'content', 'places');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => [`places/${f}`, readFileSync(path.join(dir, f), 'utf8')]),
  );
}
