/**
 * The endpoint files a build writes after the pages (src/io/files-after-build.ts): in a
 * build the routes become files written by the endpoint's own response, in `astro dev`
 * they stay routes; a failing endpoint fails the build, named; nothing lands outside the
 * output folder.
 */
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesPlacedAfterBuild, writePendingFiles, writtenAfterBuild } from '../../src/io/files-after-build';

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
    expect(await writePendingFiles(out)).toEqual({ files: ['entries/a.bib', 'entries/ə-ü.ris'], unchanged: 0 });
    expect(readFileSync(path.join(out, 'entries/a.bib'), 'utf8')).toBe('@misc{a}');
    expect(readFileSync(path.join(out, 'entries/ə-ü.ris'), 'utf8')).toBe('TY  - GEN\nTI  - Əliyev\nER  - ');
    expect(filesPlacedAfterBuild()).toEqual(['entries/a.bib', 'entries/ə-ü.ris']);
    // Written once: the next build starts from nothing.
    expect(await writePendingFiles(outDir())).toEqual({ files: [], unchanged: 0 });
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
    expect(await writePendingFiles(out)).toEqual({ files: ['share/x.png'], unchanged: 0 });
    expect(readFileSync(target, 'utf8')).toBe('PNG bytes');
    expect(statSync(target).ino).toBe(statSync(cached).ino);
    // Into a folder that has the file already (linked): both stay whole.
    hand();
    expect(await writePendingFiles(out)).toEqual({ files: ['share/x.png'], unchanged: 1 });
    expect(readFileSync(cached, 'utf8')).toBe('PNG bytes');
    expect(readFileSync(target, 'utf8')).toBe('PNG bytes');
  });

  it('in astro dev, leaves the routes to Astro and keeps nothing', async () => {
    vi.stubEnv('DEV', true);
    expect(writtenAfterBuild(routes, file, render)).toBe(routes);
    expect(await writePendingFiles(outDir())).toEqual({ files: [], unchanged: 0 });
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

  it('leaves a file kept from the last build with the same bytes as it is, and replaces one that changed with a new file', async () => {
    vi.stubEnv('DEV', false);
    const out = outDir();
    const cached = path.join(outDir(), 'cached.png');
    writeFileSync(cached, 'old image');
    const hand = (bib: string, image: string) => {
      writtenAfterBuild([routes[0]!], file, () => new Response(bib));
      writtenAfterBuild(
        [{ params: {} }],
        () => '/share/x.png',
        () => ({ onDisk: image }),
      );
    };
    hand('@misc{a}', cached);
    await writePendingFiles(out);
    const bib = path.join(out, 'entries/a.bib');
    const image = path.join(out, 'share/x.png');
    const before = statSync(bib);
    hand('@misc{a}', cached);
    expect(await writePendingFiles(out)).toEqual({ files: ['entries/a.bib', 'share/x.png'], unchanged: 2 });
    expect(statSync(bib).mtimeMs).toBe(before.mtimeMs);
    // The citation changed, and the cache has a new image (a new file, as src/io/share-cache.ts writes it).
    // The kept .bib shares its bytes with another file (a link): replaced, not rewritten in place.
    const other = path.join(outDir(), 'other.bib');
    linkSync(bib, other);
    const newImage = path.join(outDir(), 'new.png');
    writeFileSync(newImage, 'new image');
    hand('@misc{a, title={B}}', newImage);
    expect(await writePendingFiles(out)).toEqual({ files: ['entries/a.bib', 'share/x.png'], unchanged: 0 });
    expect(readFileSync(bib, 'utf8')).toBe('@misc{a, title={B}}');
    expect(readFileSync(other, 'utf8')).toBe('@misc{a}');
    expect(statSync(image).ino).toBe(statSync(newImage).ino);
    // The old image, which the output folder linked to, is not overwritten.
    expect(readFileSync(cached, 'utf8')).toBe('old image');
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
