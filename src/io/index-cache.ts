/**
 * A copy of the last Pagefind index in Astro's cache dir, with the hash of the HTML it
 * was built from, so a build whose indexed pages are byte for byte the same reuses it
 * (Pagefind cannot update an index in place: any change means indexing again).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * sha256 over the path and bytes of every .html file under `site` (outside `skip`), in a
 * fixed order. (A new Pagefind comes with a new lockfile, which drops the copy:
 * src/io/build-inputs.ts.)
 */
export function htmlHash(site: string, skip: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !f.startsWith(skip + path.sep))
    .sort();
  for (const file of files) hash.update(path.relative(site, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const HASH_FILE = 'html.sha256';

/** Copies the cached index into `target` when it was built from HTML hashing to `hash`; returns whether it did. */
export function restoreIndex(cache: string, hash: string, target: string): boolean {
  const stamp = path.join(cache, HASH_FILE);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== hash) return false;
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(cache, 'index'), target, { recursive: true });
  return true;
}

/** Keeps a copy of the index in `source`, built from HTML hashing to `hash`. */
export function saveIndex(cache: string, hash: string, source: string): void {
  rmSync(cache, { recursive: true, force: true });
  cpSync(source, path.join(cache, 'index'), { recursive: true });
  writeFileSync(path.join(cache, HASH_FILE), `${hash}\n`);
}
