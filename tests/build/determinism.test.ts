import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astro, DIST } from '../helpers/astro';
import { distFiles } from '../helpers/dist';

// A second build of the same commit must produce the same files.
describe('determinism', () => {
  const second = path.join(tmpdir(), `kzaz-determinism-${process.pid}`);
  afterAll(() => rmSync(second, { recursive: true, force: true }));

  it('two builds give byte-identical pages, feeds and index', () => {
    const { status, output } = astro(['build'], { OUT_DIR: second, ASTRO_CACHE_DIR: `${second}-cache` });
    expect(status, output.slice(-2000)).toBe(0);
    const rel = (root: string) =>
      distFiles(root)
        .map((f) => path.relative(root, f))
        .sort();
    const a = rel(DIST);
    expect(rel(second)).toEqual(a);
    const differing = a.filter((f) => !readFileSync(path.join(DIST, f)).equals(readFileSync(path.join(second, f))));
    expect(differing).toEqual([]);
  });
});
