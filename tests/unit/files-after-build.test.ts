/**
 * The endpoint files a build writes after the pages (src/io/files-after-build.ts): in a
 * build the routes become files written by the endpoint's own response, in `astro dev`
 * they stay routes; a failing endpoint fails the build, named; nothing lands outside the
 * output folder.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writePendingFiles, writtenAfterBuild } from '../../src/io/files-after-build';

const dirs: string[] = [];
const outDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kzaz-after-build-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  vi.unstubAllEnvs();
  await writePendingFiles(outDir()); // nothing left over for the next test
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const routes = [
  { params: { id: 'a', format: 'bib' }, props: { text: '@misc{a}' } },
  { params: { id: 'ə-ü', format: 'ris' }, props: { text: 'TY  - GEN\nTI  - Əliyev\nER  - ' } },
];
type R = (typeof routes)[number];
const file = (r: R) => `/entries/${r.params.id}.${r.params.format}`;
const render = (r: R) => new Response(r.props.text);

describe('writtenAfterBuild', () => {
  it('in a build, gives Astro no route and writes each file by its endpoint once the pages are done', async () => {
    vi.stubEnv('DEV', false);
    expect(writtenAfterBuild(routes, file, render)).toEqual([]);
    const out = outDir();
    expect(await writePendingFiles(out)).toBe(2);
    expect(readFileSync(path.join(out, 'entries/a.bib'), 'utf8')).toBe('@misc{a}');
    expect(readFileSync(path.join(out, 'entries/ə-ü.ris'), 'utf8')).toBe('TY  - GEN\nTI  - Əliyev\nER  - ');
    // Written once: the next build starts from nothing.
    expect(await writePendingFiles(outDir())).toBe(0);
  });

  it('links a file that is on disk into the output instead of writing its bytes, and never empties it', async () => {
    vi.stubEnv('DEV', false);
    const cached = path.join(outDir(), 'cached.png');
    writeFileSync(cached, 'PNG bytes');
    const out = outDir();
    const target = path.join(out, 'share/x.png');
    const hand = () =>
      writtenAfterBuild(
        [{ params: { path: 'x' } }],
        () => '/share/x.png',
        () => ({ onDisk: cached }),
      );
    hand();
    expect(await writePendingFiles(out)).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('PNG bytes');
    expect(statSync(target).ino).toBe(statSync(cached).ino);
    // Into a folder that has the file already (linked): both stay whole.
    hand();
    await writePendingFiles(out);
    expect(readFileSync(cached, 'utf8')).toBe('PNG bytes');
    expect(readFileSync(target, 'utf8')).toBe('PNG bytes');
  });

  it('in astro dev, leaves the routes to Astro and keeps nothing', async () => {
    vi.stubEnv('DEV', true);
    expect(writtenAfterBuild(routes, file, render)).toBe(routes);
    expect(await writePendingFiles(outDir())).toBe(0);
  });

  it('fails the build naming the file when its endpoint throws or answers with an error', async () => {
    vi.stubEnv('DEV', false);
    writtenAfterBuild([routes[0]!], file, () => {
      throw new Error('no citation');
    });
    await expect(writePendingFiles(outDir())).rejects.toThrow('/entries/a.bib: its endpoint failed: no citation');
    writtenAfterBuild([routes[0]!], file, () => new Response('gone', { status: 404 }));
    await expect(writePendingFiles(outDir())).rejects.toThrow('/entries/a.bib: its endpoint answered 404');
  });

  it('keeps every file inside the output folder', async () => {
    vi.stubEnv('DEV', false);
    writtenAfterBuild([routes[0]!], () => '/../../escaped.txt', render);
    // Two folders down in a folder of the test's own, where an escaped file would land.
    const base = outDir();
    const out = path.join(base, 'site', 'out');
    await writePendingFiles(out);
    expect(existsSync(path.join(out, 'escaped.txt'))).toBe(true);
    expect(existsSync(path.join(base, 'escaped.txt'))).toBe(false);
  });
});
