/**
 * The day the record speaks for. A static build has a moment in time: plans dated before
 * it are past due. It is AS_OF (YYYY-MM-DD) when set, else the day of the latest commit
 * that touched the content folder, so two builds of one commit are identical; outside a
 * git checkout (a test fixture), today.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './content-dir';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function fromGit(): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', '.'], {
      cwd: contentDir(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return out ? new Date(out).toISOString().slice(0, 10) : undefined;
  } catch {
    return undefined;
  }
}

let cached: string | undefined;
/** The as-of day, YYYY-MM-DD. */
export function asOfDay(): string {
  if (cached) return cached;
  const set = process.env.AS_OF?.trim();
  if (set && (!DAY.test(set) || Number.isNaN(Date.parse(`${set}T00:00:00Z`)))) {
    throw new Error(`AS_OF=${set} is not a day — write it as YYYY-MM-DD, e.g. AS_OF=2026-12-01`);
  }
  cached = set || fromGit() || new Date().toISOString().slice(0, 10);
  return cached;
}
