/**
 * The last Pagefind index kept in Astro's cache dir, with the hash of the HTML it was
 * built from, so a build whose indexed pages are byte for byte the same reuses it
 * (Pagefind cannot update an index in place: any change means indexing again). Its files
 * are hard-linked between the output folder and the cache (./link-file.ts), not copied:
 * the index is never kept in the output folder (./kept-output.ts), so Pagefind writes new
 * files into an emptied folder, never over old ones.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkTree } from './link-file';

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

/** Places the cached index at `target` when it was built from HTML hashing to `hash`; returns whether it did. */
export function restoreIndex(cache: string, hash: string, target: string): boolean {
  const stamp = path.join(cache, HASH_FILE);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== hash) return false;
  rmSync(target, { recursive: true, force: true });
  linkTree(path.join(cache, 'index'), target);
  return true;
}

/** Keeps the index in `source`, built from HTML hashing to `hash`. */
export function saveIndex(cache: string, hash: string, source: string): void {
  rmSync(cache, { recursive: true, force: true });
  linkTree(source, path.join(cache, 'index'));
  writeFileSync(path.join(cache, HASH_FILE), `${hash}\n`);
}
