import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeContent, visitWith, type Fixture } from '../helpers/content-fixture';
import { astro } from '../helpers/astro';
import { ODD_INPUT } from '../helpers/fixture-site';
import { builtSite } from '../helpers/sites';

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
// Azerbaijani and Kazakh letters reach the page as written (the fixtures site has them).
describe('astro build with a BOM, CRLF and Azerbaijani and Kazakh titles', () => {
  const site = builtSite('fixtures');
  const page = (id: string) => readFileSync(path.join(site.outDir, 'entries', id, 'index.html'), 'utf8');

  it('builds', () => {
    expect(site.output).not.toMatch(/content check: \d+ problem/);
    expect(site.status).toBe(0);
  });

  it('reads the frontmatter after a BOM and across CRLF lines, and keeps the letters', () => {
    const { bom, crlf } = ODD_INPUT;
    // The files are as the test means them: a BOM first, CRLF line ends.
    const file = (id: string) => readFileSync(path.join(site.contentDir, 'entries/2024', `${id}.mdx`), 'utf8');
    expect(file(bom.id).startsWith('\uFEFF---\n')).toBe(true);
    expect(file(crlf.id)).toMatch(/^---\r\ntitle: .*\r\n/);
    expect(page(bom.id)).toContain(`${bom.title}</h1>`);
    expect(page(crlf.id)).toContain(`${crlf.title}</h1>`);
    expect(page(crlf.id)).toContain('Body.');
    expect(page(bom.id)).not.toContain('\uFEFF');
  });
});
