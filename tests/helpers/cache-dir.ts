/**
 * A fresh Astro cache folder (ASTRO_CACHE_DIR) for the tests of one describe block, removed
 * and the old setting put back after them: for the caches src/io/disk-cache.ts keeps there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function useTempCacheDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const before = process.env.ASTRO_CACHE_DIR;
  process.env.ASTRO_CACHE_DIR = dir;
  afterAll(() => {
    if (before === undefined) delete process.env.ASTRO_CACHE_DIR;
    else process.env.ASTRO_CACHE_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
