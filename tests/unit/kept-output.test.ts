/**
 * The files of the last build left in the output folder (src/io/kept-output.ts): kept
 * only while each is the file that build placed, in the folder it was recorded for;
 * everything else is deleted, with the folders it leaves empty.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAllBut, deleteFiles, forgetKeptFiles, keptFiles, recordKeptFiles } from '../../src/io/kept-output';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kzaz-kept-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An output folder with these files (relative path → text). */
function folder(files: Record<string, string>): string {
  const out = tmp();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    writeFileSync(path.join(out, rel), text);
  }
  return out;
}

const list = (dir: string, rel = ''): string[] =>
  readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? [`${rel}${d.name}/`, ...list(dir, `${rel}${d.name}/`)] : [`${rel}${d.name}`],
  );

describe('kept output', () => {
  const pages = {
    'index.html': 'home',
    'entries/a/index.html': 'A',
    'entries/ə-ü/index.html': 'Ə',
    'entries/a.bib': '@misc{a}',
  };

  it('keeps the recorded files that are unchanged, for the folder they were recorded in only', () => {
    const [cache, out] = [tmp(), folder(pages)];
    recordKeptFiles(cache, out, Object.keys(pages));
    expect(keptFiles(cache, out)).toEqual(new Set(Object.keys(pages)));
    // Another output folder with the same files is not the one recorded.
    expect(keptFiles(cache, folder(pages))).toBeUndefined();
    expect(keptFiles(tmp(), out)).toBeUndefined();
  });

  it('drops a recorded file whose size or time changed, or that is gone', () => {
    const [cache, out] = [tmp(), folder(pages)];
    recordKeptFiles(cache, out, Object.keys(pages));
    writeFileSync(path.join(out, 'entries/a/index.html'), 'A, edited');
    utimesSync(path.join(out, 'index.html'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    rmSync(path.join(out, 'entries/a.bib'));
    expect(keptFiles(cache, out)).toEqual(new Set(['entries/ə-ü/index.html']));
  });

  it('keeps nothing once the record is forgotten (a build that stopped half-way)', () => {
    const [cache, out] = [tmp(), folder(pages)];
    recordKeptFiles(cache, out, Object.keys(pages));
    forgetKeptFiles(cache);
    expect(keptFiles(cache, out)).toBeUndefined();
  });

  it('deletes every other file and the folders left empty, but a .git folder at the top', () => {
    const out = folder({
      ...pages,
      '_astro/old.css': 'x',
      'pagefind/index/a.pf': 'y',
      'entries/b/index.html': 'B',
      '.git/HEAD': 'ref',
      'entries/.git/HEAD': 'not a repository of the folder',
    });
    expect(deleteAllBut(out, new Set(['index.html', 'entries/a/index.html']))).toBe(6);
    expect(list(out).sort()).toEqual([
      '.git/',
      '.git/HEAD',
      'entries/',
      'entries/a/',
      'entries/a/index.html',
      'index.html',
    ]);
  });

  it('deletes the given files and their emptied folders, never the output folder itself', () => {
    const out = folder(pages);
    deleteFiles(out, ['entries/a/index.html', 'entries/ə-ü/index.html', 'index.html', 'entries/a.bib', 'gone.txt']);
    expect(existsSync(out)).toBe(true);
    expect(list(out)).toEqual([]);
  });
});
