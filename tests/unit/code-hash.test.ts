/**
 * The caches whose contents the project's own code makes (share images, formatted
 * citations) hold a hash of that code in their keys (src/io/code-hash.ts): the hash follows
 * a file's text, and each list names every module its code runs, so no change to the
 * drawing or the formatting is answered from the cache.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeHash } from '../../src/io/code-hash';
import { CITE_FORMAT_FILES } from '../../src/lib/cite/format';
import { SHARE_RENDERER_FILES } from '../../src/lib/share/render';
import { ROOT } from '../helpers/astro';
import { importClosure } from '../helpers/imports';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('codeHash', () => {
  it('changes with the text of any file listed, and with the list', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kzaz-code-'));
    dirs.push(root);
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'src/b.ts'), 'export const b = 1;\n');
    const before = codeHash(['src/a.ts', 'src/b.ts'], root);
    expect(codeHash(['src/a.ts', 'src/b.ts'], root)).toBe(before);
    expect(codeHash(['src/a.ts'], root)).not.toBe(before);
    writeFileSync(path.join(root, 'src/b.ts'), 'export const b = 2;\n');
    expect(codeHash(['src/a.ts', 'src/b.ts'], root)).not.toBe(before);
  });

  it.each([
    ['the share images’ drawing', 'src/lib/share/render.ts', SHARE_RENDERER_FILES],
    ['the citations’ formatting', 'src/lib/cite/format.ts', CITE_FORMAT_FILES],
  ])('covers every module %s runs', (_what, entry, files) => {
    const runs = [...importClosure(path.join(ROOT, entry), true)].map((f) =>
      path.relative(ROOT, f).split(path.sep).join('/'),
    );
    expect(runs.filter((f) => !files.includes(f))).toEqual([]);
    // The hash reads the files from the project: each is there.
    expect(codeHash(files, ROOT)).toMatch(/^[0-9a-f]{64}$/);
  });
});
