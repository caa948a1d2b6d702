/**
 * When each content file last changed: the date (and the commit) of the newest commit that touched it,
 * from ONE `git log` over the content folder per build (cached), or the file's
 * modification time where git has no history for it (a new file, a folder outside the
 * repository, a machine without git). One process per build, not one per page.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../collections';
import { contentDir } from './content-dir';

/** The newest commit that touched a file, and its date. */
export interface FileCommit {
  commit: string;
  date: Date;
}

let history: Map<string, FileCommit> | undefined;

/**
 * Parses `git log --format=%x00%H %cI --name-only --relative` run in `dir`: each commit is
 * a line "\0<sha> <ISO date>" followed by the files it touched, newest commit first.
 */
export function parseGitLog(output: string, dir: string): Map<string, FileCommit> {
  const out = new Map<string, FileCommit>();
  let current: FileCommit | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) {
      const [commit = '', iso = ''] = line.slice(1).trim().split(' ');
      current = { commit, date: new Date(iso) };
    } else if (line && current) {
      const abs = path.resolve(dir, line);
      if (!out.has(abs)) out.set(abs, current);
    }
  }
  return out;
}

/** The last commit date of every file under the content folder, read once. */
function gitHistory(): Map<string, FileCommit> {
  if (history) return history;
  const dir = contentDir();
  try {
    const output = execFileSync('git', ['log', '--format=%x00%H %cI', '--name-only', '--relative', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    history = parseGitLog(output, dir);
  } catch {
    history = new Map();
  }
  return history;
}

/**
 * When the file at `filePath` (absolute, or relative to the project root as Astro's
 * `entry.filePath` is) last changed, or undefined if it cannot be found.
 */
export function lastChanged(filePath: string, root: string = process.cwd()): Date | undefined {
  const abs = path.resolve(root, filePath);
  const fromGit = gitHistory().get(abs);
  if (fromGit) return fromGit.date;
  try {
    return statSync(abs).mtime;
  } catch {
    return undefined;
  }
}

/** Forgets the cached history (for tests, and for a long-running dev server after a commit). */
export function resetGitDates(): void {
  history = undefined;
  entriesLogCache = undefined;
}

/** The history of the entries folder as git prints it, and whether it is whole. */
export interface EntriesLog {
  /** `git log --no-renames --name-status --format=LOG_FORMAT` over content/entries/, newest first; empty without git. */
  output: string;
  /** git could be run there (false outside a repository, or without git). */
  available: boolean;
  /** The clone is shallow: the oldest commits are missing. */
  shallow: boolean;
}

let entriesLogCache: Map<string, EntriesLog> | undefined;

/**
 * The log of the entries folder of the content folder `dir` (CONTENT_DIR or content/ by
 * default), read once per build; the format is src/lib/changes/log.ts's.
 */
export function entriesLog(format: string, dir: string = contentDir()): EntriesLog {
  entriesLogCache ??= new Map();
  const cwd = path.join(dir, COLLECTIONS.entries.dir);
  const key = `${cwd}\0${format}`;
  const cached = entriesLogCache.get(key);
  if (cached) return cached;
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    const output = git(['log', '--no-renames', '--name-status', '--relative', `--format=${format}`, '--', '.']);
    const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    entriesLogCache.set(key, { output, available: true, shallow });
  } catch {
    entriesLogCache.set(key, { output: '', available: false, shallow: false });
  }
  return entriesLogCache.get(key)!;
}

/**
 * The newest commit that touched the file at `filePath` (for "cite this version" links:
 * the file as this build read it, a link that stays the same until the file changes), or
 * undefined where git has no history for it (a new, uncommitted file; no git).
 */
export function lastCommit(filePath: string, root: string = process.cwd()): string | undefined {
  return gitHistory().get(path.resolve(root, filePath))?.commit;
}
