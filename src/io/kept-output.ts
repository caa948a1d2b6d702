/**
 * The files of the last build, left in the output folder for the next one
 * (docs/incremental-builds.md). Astro empties `outDir` before a build and copies every
 * page it skips back from its cache, and the citation downloads and share images were
 * written again after it: at 1,000 entries 5,500 files deleted and written again for 118
 * changed pages, and the writes hold up the rest of the build. Left in place, an
 * unchanged file costs nothing.
 *
 * A file may stay only while it is the file the last build placed: the record, in the
 * cache dir, names the output folder and lists each file of a route (from
 * `astro:build:done`) and each file written after the pages (src/io/files-after-build.ts)
 * with its size and modification time. Before the next build, a file whose size or time
 * differs is deleted (Astro restores a page from its cache; the files after the pages are
 * written), and so is every file not in the record: the bundles, `public/`, the sitemap,
 * the Pagefind index, which the build writes afresh as it would into an empty folder.
 * After the build, a kept file that nothing placed this time (a deleted entry's page and
 * downloads) is deleted.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { writeWhole } from './write-file';

/** The record's file in the cache dir. */
export const KEPT_OUTPUT_RECORD = 'kzaz-kept-output.json';

interface Record {
  outDir: string;
  /** Each file placed, by its path in the output folder (`/`-separated): [size, mtimeMs]. */
  files: { [file: string]: [number, number] };
}

const stamp = (file: string): [number, number] | undefined => {
  try {
    const s = statSync(file);
    return s.isFile() ? [s.size, s.mtimeMs] : undefined;
  } catch {
    return undefined;
  }
};

const recordFile = (cacheDir: string) => path.join(cacheDir, KEPT_OUTPUT_RECORD);

/**
 * The files in `outDir` that are still exactly what the last build with this cache placed
 * (paths relative to `outDir`), or undefined when the record is missing, unreadable or for
 * another output folder.
 */
export function keptFiles(cacheDir: string, outDir: string): Set<string> | undefined {
  let record: Record;
  try {
    record = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as Record;
  } catch {
    return undefined;
  }
  if (record.outDir !== path.resolve(outDir) || typeof record.files !== 'object') return undefined;
  const kept = new Set<string>();
  for (const [file, [size, mtime]] of Object.entries(record.files)) {
    const now = stamp(path.join(outDir, file));
    if (now && now[0] === size && now[1] === mtime) kept.add(file);
  }
  return kept;
}

/** Forgets the record: a build that stops half-way leaves an output folder no one keeps. */
export function forgetKeptFiles(cacheDir: string): void {
  rmSync(recordFile(cacheDir), { force: true });
}

/**
 * Deletes every file under `outDir` whose path (relative, `/`-separated) is not in `keep`,
 * and the folders left empty, but for a `.git` folder at the top (as Astro means to leave
 * it: a folder published by committing it); returns how many files it deleted.
 */
export function deleteAllBut(outDir: string, keep: ReadonlySet<string>): number {
  let deleted = 0;
  const walk = (folder: string, rel: string): boolean => {
    let empty = true;
    for (const d of readdirSync(folder, { withFileTypes: true })) {
      const abs = path.join(folder, d.name);
      const name = rel ? `${rel}/${d.name}` : d.name;
      if (name === '.git') {
        empty = false;
      } else if (d.isDirectory()) {
        if (walk(abs, name)) rmdirSync(abs);
        else empty = false;
      } else if (keep.has(name)) {
        empty = false;
      } else {
        unlinkSync(abs);
        deleted++;
      }
    }
    return empty;
  };
  if (existsSync(outDir)) walk(outDir, '');
  return deleted;
}

/** Deletes these files of `outDir` (relative paths) and the folders they leave empty. */
export function deleteFiles(outDir: string, files: Iterable<string>): void {
  const root = path.resolve(outDir);
  for (const file of files) {
    const abs = path.join(root, file);
    rmSync(abs, { force: true });
    for (let folder = path.dirname(abs); folder.startsWith(root + path.sep); folder = path.dirname(folder)) {
      if (readdirSync(folder).length) break;
      rmdirSync(folder);
    }
  }
}

/** The files a build wrote or kept (paths relative to `outDir`), recorded with their sizes and times. */
export function recordKeptFiles(cacheDir: string, outDir: string, placed: Iterable<string>): void {
  const files: Record['files'] = {};
  for (const file of placed) {
    const now = stamp(path.join(outDir, file));
    if (now) files[file] = now;
  }
  const record: Record = { outDir: path.resolve(outDir), files };
  writeWhole(recordFile(cacheDir), JSON.stringify(record));
}
