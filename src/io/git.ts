/**
 * When each content file last changed: the date of the newest commit that touched it,
 * from ONE `git log` over the content folder per build (cached), or the file's
 * modification time where git has no history for it (a new file, a folder outside the
 * repository, a machine without git). One process per build, not one per page.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir';
import { BUILD_COMMIT_OVERRIDE } from './env';

let history: Map<string, Date> | undefined;

/**
 * Parses `git log --format=%x00%cI --name-only --relative` run in `dir`: each commit is
 * a line "\0<ISO date>" followed by the files it touched, newest commit first.
 */
export function parseGitLog(output: string, dir: string): Map<string, Date> {
  const out = new Map<string, Date>();
  let date: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) date = new Date(line.slice(1).trim());
    else if (line && date) {
      const abs = path.resolve(dir, line);
      if (!out.has(abs)) out.set(abs, date);
    }
  }
  return out;
}

/** The last commit date of every file under the content folder, read once. */
function gitHistory(): Map<string, Date> {
  if (history) return history;
  const dir = contentDir();
  try {
    const output = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', '.'], {
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
  if (fromGit) return fromGit;
  try {
    return statSync(abs).mtime;
  } catch {
    return undefined;
  }
}

/** Forgets the cached history (for tests, and for a long-running dev server after a commit). */
export function resetGitDates(): void {
  history = undefined;
}

let head: { sha: string | undefined } | undefined;
/**
 * The commit the site is built from (for "cite this version" links): BUILD_COMMIT or
 * GITHUB_SHA when set, else git's HEAD in the project; undefined outside a checkout.
 * Read once per build.
 */
export function buildCommit(root: string = process.cwd()): string | undefined {
  if (head) return head.sha;
  let sha = BUILD_COMMIT_OVERRIDE;
  if (!sha) {
    try {
      sha = execFileSync('git', ['rev-parse', 'HEAD'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      sha = undefined;
    }
  }
  head = { sha: sha && /^[0-9a-f]{7,40}$/i.test(sha) ? sha : undefined };
  return head.sha;
}
