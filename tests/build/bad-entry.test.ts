import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { corpusPlaces, makeContent, VALID_FILES, visitWith, type Fixture } from '../helpers/content-fixture';
import { astro, astroAsync, ROOT, type RunResult } from '../helpers/astro';

// A content folder with several broken entries: the build must stop, name each
// file, line and field, and print no stack trace. The impossible date is unquoted,
// which YAML 1.1 would read as a timestamp and roll over into February 2026.
describe('astro build with bad entries', () => {
  let fixture: Fixture;
  let result: ReturnType<typeof astro>;
  const outDir = () => path.join(fixture.dir, 'out');

  beforeAll(() => {
    fixture = makeContent({
      'entries/2025/2025-10-20-aliyev-in-astana.mdx': visitWith(/^date:/, 'date: 2025-13-45'),
      'entries/2025/2025-06-unknown-topic.mdx': visitWith(/^topics:/, 'topics: [energi]')
        .replace('date: "2025-10-20/2025-10-21"', 'date: "2025-06"')
        .replace('title: Aliyev pays a state visit to Astana', 'title: Another visit'),
    });
    result = astro(['build'], { CONTENT_DIR: fixture.dir, OUT_DIR: outDir() });
  });
  afterAll(() => fixture.cleanup());

  it('fails', () => {
    expect(result.status).not.toBe(0);
    expect(existsSync(outDir()) ? readdirSync(outDir()) : []).not.toContain('index.html');
  });

  it('names the file, line, field and fix of every problem', () => {
    const rel = path.relative(process.cwd(), fixture.dir);
    expect(result.output).toContain(
      `${rel}/entries/2025/2025-10-20-aliyev-in-astana.mdx:4: date: 2025-13-45 is not a real day — there is no month 13: months run from 01 to 12; write the date the source gives`,
    );
    expect(result.output).toContain(
      `${rel}/entries/2025/2025-06-unknown-topic.mdx:6: topics[0]: unknown topics id "energi" — did you mean "energy"?`,
    );
    expect(result.output).toMatch(/content check: 2 problems in 2 of 11 files/);
  });

  it('prints no stack trace', () => {
    expect(result.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
  });
});

// Odd but valid files build: a byte order mark, Windows line endings, and titles in
// Azerbaijani and Kazakh letters reach the page as written.
describe('astro build with a BOM, CRLF and Azerbaijani and Kazakh titles', () => {
  const VISIT = 'entries/2025/2025-10-20-aliyev-in-astana.mdx';
  const OIL = 'entries/2023/2023-03-first-oil.mdx';
  const AZ = 'Əliyev Astanada: şəhər, ğ, ç';
  const KZ = 'Қазақстан мұнайы BTC арқылы: ү, ұ, қ, ә';
  let fixture: Fixture;
  let result: RunResult;
  // Inside the project, so that its page bundle is its own (tests/helpers/astro.ts, astroAsync).
  const out = () => path.join(ROOT, 'node_modules/.cache/kzaz-odd-input/out');
  const page = (id: string) => readFileSync(path.join(out(), 'entries', id, 'index.html'), 'utf8');

  beforeAll(async () => {
    fixture = makeContent({
      ...corpusPlaces(),
      [VISIT]: `\uFEFF${VALID_FILES[VISIT]!.replace('title: Aliyev pays a state visit to Astana', `title: "${AZ}"`)}`,
      [OIL]: VALID_FILES[OIL]!.replace('title: First Kazakh oil through BTC', `title: "${KZ}"`).replace(/\n/g, '\r\n'),
    });
    rmSync(out(), { recursive: true, force: true });
    result = await astroAsync(['build'], {
      CONTENT_DIR: fixture.dir,
      OUT_DIR: out(),
      ASTRO_CACHE_DIR: path.join(fixture.dir, 'cache'),
    });
  });
  afterAll(() => {
    fixture.cleanup();
    rmSync(out(), { recursive: true, force: true });
  });

  it('builds', () => {
    expect(result.output).not.toMatch(/content check: \d+ problem/);
    expect(result.status).toBe(0);
  });

  it('reads the frontmatter after a BOM and across CRLF lines, and keeps the letters', () => {
    expect(page('2025-10-20-aliyev-in-astana')).toContain(`${AZ}</h1>`);
    expect(page('2023-03-first-oil')).toContain(KZ);
    expect(page('2023-03-first-oil')).toContain('Body.');
    expect(page('2025-10-20-aliyev-in-astana')).not.toContain('\uFEFF');
  });
});
