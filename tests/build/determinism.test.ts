import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distFiles } from '../helpers/dist';
import { builtSite } from '../helpers/sites';

// A second build of the same commit (its own output folder and cache, built by the
// global setup beside the main one) must produce the same files.
describe('determinism', () => {
  it('two builds give byte-identical pages, feeds and index', () => {
    const first = builtSite('main').outDir;
    const second = builtSite('second');
    expect(second.status, second.output.slice(-2000)).toBe(0);
    expect(second.outDir).not.toBe(first);
    const rel = (root: string) =>
      distFiles(root)
        .map((f) => path.relative(root, f))
        .sort();
    const a = rel(first);
    expect(a.length).toBeGreaterThan(50);
    expect(rel(second.outDir)).toEqual(a);
    const differing = a.filter(
      (f) => !readFileSync(path.join(first, f)).equals(readFileSync(path.join(second.outDir, f))),
    );
    expect(differing).toEqual([]);
  });
});
