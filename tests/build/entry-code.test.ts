import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, astro, cleanEnv } from '../helpers/astro';
import { corpusPlaces, eventEntry, makeContent, type Fixture } from '../helpers/content-fixture';

// Issue #17: an entry is data, never code. An entry whose export would write a file
// must stop the build before anything compiles it, and the dev server must leave it out.
const ID = '2024-05-entry-with-code';
const FILE = `entries/2024/${ID}.mdx`;

/** An entry that, if compiled, writes `marker` and ships a script. */
function entryWithCode(marker: string): Record<string, string> {
  const body = [
    'An ordinary first paragraph.',
    '',
    "import { writeFileSync } from 'node:fs';",
    `export const x = writeFileSync(${JSON.stringify(marker)}, 'hello');`,
    '',
    "<script>{`document.title = 'changed by an entry'`}</script>",
    '',
  ].join('\n');
  return eventEntry(ID, '2024-05', {}, body);
}

describe('astro build with an entry that holds code', () => {
  let fixture: Fixture;
  let marker: string;
  let result: ReturnType<typeof astro>;
  const out = () => path.join(fixture.dir, 'out');

  beforeAll(() => {
    fixture = makeContent();
    marker = path.join(fixture.dir, 'written-by-an-entry.txt');
    for (const [rel, text] of Object.entries(entryWithCode(marker))) fixture.write(rel, text);
    result = astro(['build'], {
      CONTENT_DIR: fixture.dir,
      OUT_DIR: out(),
      ASTRO_CACHE_DIR: path.join(fixture.dir, 'cache'),
    });
  });
  afterAll(() => fixture.cleanup());

  it('fails, naming the file, line and column of the code and why it is refused', () => {
    expect(result.status).not.toBe(0);
    const rel = path.relative(ROOT, fixture.dir);
    // The frontmatter ends on line 9; the import is on line 13, after a paragraph.
    expect(result.output).toContain(
      `${rel}/${FILE}:13:1: (body) import/export: "import { writeFileSync } from 'node:fs';" is JavaScript, which runs on the machine that builds the site — remove it`,
    );
    expect(result.output).toContain(`${rel}/${FILE}:16:1: (body) <script>: <script> is not allowed in an entry`);
    expect(result.output).toMatch(/content check: 2 problems in 1 of 11 files/);
  });

  it('never runs the entry: the file its export would write does not exist, and nothing was built', () => {
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(out()) ? readdirSync(out()) : []).not.toContain('index.html');
  });
});

/** Starts `astro dev` on the fixture, waits until it serves, and returns a way to fetch and stop it. */
async function startDev(fixture: Fixture) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: ROOT,
      env: {
        ...cleanEnv(),
        CONTENT_DIR: fixture.dir,
        ASTRO_CACHE_DIR: path.join(fixture.dir, 'cache'),
        NODE_ENV: 'development',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120 && !/ready in|Local/.test(output) && child.exitCode === null; i++)
    await new Promise((r) => setTimeout(r, 500));
  return {
    base,
    output: () => output,
    /** Stops the server (at once if it has stopped by itself). */
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('astro dev with an entry that holds code', () => {
  let fixture: Fixture;
  let marker: string;
  let dev: Awaited<ReturnType<typeof startDev>>;

  beforeAll(() => {
    fixture = makeContent(corpusPlaces());
    marker = path.join(fixture.dir, 'written-by-an-entry.txt');
    for (const [rel, text] of Object.entries(entryWithCode(marker))) fixture.write(rel, text);
  });
  afterAll(() => fixture.cleanup());

  it(
    'keeps serving the other entries, leaves this one out, and never compiles it',
    // Entries are not modules (src/integrations/bodies-as-html.ts): the project's .astro/ holds no
    // map of them that a build of other content could change under the dev server, so it needs
    // no lock against the other test files' builds.
    async () => {
      dev = await startDev(fixture);
      try {
        await servesAndRefuses();
      } finally {
        await dev.stop();
      }
    },
    600_000,
  );

  async function servesAndRefuses() {
    // The dev server's first requests can fail while Vite optimises its dependencies: ask again.
    // Each request may take 30 s (the first compiles the page); the server's output says why it never answered.
    const page = () =>
      fetch(`${dev.base}/entries/2025-10-20-aliyev-in-astana/`, { signal: AbortSignal.timeout(30_000) });
    await expect
      .poll(async () => (await page().catch(() => undefined))?.status, { timeout: 120_000 })
      .toBe(200)
      .catch((error: Error) => {
        throw new Error(`astro dev never served the page:\n${dev.output().slice(-3000)}`, { cause: error });
      });
    const bad = await fetch(`${dev.base}/entries/${ID}/`);
    expect(bad.status).toBe(404);
    expect(await bad.text()).not.toContain('changed by an entry');
    expect(dev.output()).toContain(`${FILE}:13:1: (body) import/export`);
    expect(dev.output()).toMatch(new RegExp(`${ID}\\.mdx is left out until it is fixed`));
    expect(existsSync(marker)).toBe(false);
  }
});
