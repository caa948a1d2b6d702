import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runContentCheck } from '../../src/check/run';
import { formatDateSpec, parseDateSpec } from '../../src/primitives/dates';
import { REPOSITORY } from '../../src/io/env';
const REPOSITORY_URL = REPOSITORY.url;
import { newEntry, ROOT } from '../helpers/astro';
import { NEW_ENTRY_ARGS as ARGS, NEW_ENTRY_ID as ID } from '../helpers/fixture-site';
import { builtSite } from '../helpers/sites';

// The global setup wrote the fixtures site's content, ran `npm run new -- ARGS` on it
// and built it (tests/helpers/site-builds.ts); the later runs here write nothing.
describe('npm run new, without prompts', () => {
  const site = builtSite('fixtures');
  const fixture = { dir: site.contentDir };
  const first = site.steps['npm run new']!;
  const build = site;
  const out = () => site.outDir;
  const entryFile = () => path.join(fixture.dir, 'entries/2025', `${ID}.mdx`);

  it('writes the entry under entries/<year>/<date>-<slug>.mdx, the new person and source, and prints the preview URL', () => {
    expect(first.status).toBe(0);
    const rel = path.relative(ROOT, fixture.dir);
    expect(first.out).toContain(`created ${rel}/entries/2025/${ID}.mdx`);
    expect(first.out).toContain(`created ${rel}/people/jane-doe.yaml`);
    expect(first.out).toContain(`created ${rel}/sources/ew-2025-jane-doe-in-astana.yaml`);
    expect(first.out).toContain(`preview: http://localhost:4321/entries/${ID}/`);
  });

  it('writes complete frontmatter, the kind’s own fields and a cited body', () => {
    const text = readFileSync(entryFile(), 'utf8');
    expect(text).toMatch(/^---\ntitle: Jane Doe visits Astana for talks on the Middle Corridor\nkind: visit\n/);
    expect(text).toContain('date: "2025-03-03"');
    expect(text).toContain('people: [jane-doe, kassym-jomart-tokayev]');
    expect(text).toContain('sources: [ew-2025-jane-doe-in-astana]');
    expect(text).toMatch(
      /visitors: \[jane-doe\]\nhosts: \[kassym-jomart-tokayev\]\nfrom: AZ\nto: KZ\nlevel: ministerial/,
    );
    expect(text).toContain('Kazakh officials in Astana.[^ew-2025-jane-doe-in-astana]');
    expect(text).toContain('[^ew-2025-jane-doe-in-astana]: “Jane Doe in Astana”, Example Wire, 4 March 2025.');
  });

  it('leaves a folder that passes the content check', () => {
    expect(runContentCheck(fixture.dir, fixture.dir).problems).toEqual([]);
  });

  it('builds a page for the entry and for the new person', () => {
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(path.join(out(), 'entries', ID, 'index.html'), 'utf8');
    expect(html).toContain('Jane Doe visits Astana for talks on the Middle Corridor');
    expect(html).toMatch(/href="#user-content-fn-ew-2025-jane-doe-in-astana"/);
    expect(existsSync(path.join(out(), 'people', 'jane-doe', 'index.html'))).toBe(true);
  });

  it('refuses to overwrite an entry that exists', () => {
    const before = readFileSync(entryFile(), 'utf8');
    const again = newEntry(
      fixture.dir,
      ARGS.filter((a, i) => !ARGS[i - 1]?.startsWith('--new-') && !a.startsWith('--new-')).concat(
        '--people',
        'jane-doe',
        '--sources',
        'ew-2025-jane-doe-in-astana',
      ),
    );
    expect(again.status).toBe(1);
    expect(again.out).toMatch(new RegExp(`entries/2025/${ID}\\.mdx already exists — nothing written`));
    expect(readFileSync(entryFile(), 'utf8')).toBe(before);
  });

  it('refuses to create a person who exists, and names the id to use', () => {
    const again = newEntry(fixture.dir, [...ARGS, '--slug', 'other']);
    expect(again.status).toBe(1);
    expect(again.out).toContain(
      'people/jane-doe.yaml already exists — use the id "jane-doe" instead of creating it again',
    );
  });

  it('lists the missing answers a kind requires', () => {
    const run = newEntry(fixture.dir, ['--kind', 'agreement', '--title', 'An agreement', '--date', '2025']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('missing --summary, --topics, --sources, --agreement-type');
  });

  it('checks the answers with the content check and writes nothing when they are wrong', () => {
    const run = newEntry(fixture.dir, [
      ...['--kind', 'event', '--title', 'A mistaken event', '--date', '2025-02-30'],
      ...['--summary', 'S.', '--topics', 'energi', '--sources', 'article-a'],
    ]);
    expect(run.status).toBe(1);
    expect(run.out).toContain('--date: "2025-02-30" has day 30, but that month has 28 days — correct the day');
    const typo = newEntry(fixture.dir, [
      ...['--kind', 'event', '--title', 'A mistaken event', '--date', '2025-02-03'],
      ...['--summary', 'S.', '--topics', 'energi', '--sources', 'article-a'],
    ]);
    expect(typo.status).toBe(1);
    expect(typo.out).toMatch(
      /entries\/2025\/2025-02-03-a-mistaken-event\.mdx:\d+: topics\[0\]: unknown topics id "energi" — did you mean "energy"\?/,
    );
    expect(typo.out).toContain('nothing written');
    expect(existsSync(path.join(fixture.dir, 'entries/2025/2025-02-03-a-mistaken-event.mdx'))).toBe(false);
  });
});

describe('the foot of an entry page (the main site)', () => {
  const DIST = builtSite('main').outDir;
  const FILE = 'content/entries/2025/2025-03-03-bektenov-visits-baku.mdx';
  const html = () => readFileSync(path.join(DIST, 'entries/2025-03-03-bektenov-visits-baku/index.html'), 'utf8');

  it('links to the file in the repository', () => {
    expect(html()).toContain(`<a href="${REPOSITORY_URL}/edit/main/${FILE}">Edit this page</a>`);
  });

  it('says when the file last changed (from git, else the file’s modification time)', () => {
    let iso = '';
    try {
      iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', FILE], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      // Not a git checkout: the page falls back to the file's modification time.
    }
    const day = (iso ? new Date(iso) : statSync(path.join(ROOT, FILE)).mtime).toISOString().slice(0, 10);
    expect(html()).toContain(`Last changed <time datetime="${day}">${formatDateSpec(parseDateSpec(day))}</time>`);
  });
});
