/**
 * Reads the history of the entries folder as git prints it with
 * `git log --no-renames --name-status --format=%x00%H%x09%cI%x09%s`: each commit is a
 * line "\0<hash>\t<ISO date>\t<subject>", then one line per file it touched,
 * "<A|M|D>\t<path>", newest commit first. Pure: src/io/git.ts runs git.
 */
import { isoDay } from '../../primitives/dates';

/** How a commit changed a file: added, modified or deleted (renames are read as a deletion and an addition). */
export type FileStatus = 'A' | 'M' | 'D';

export interface Commit {
  hash: string;
  /** The commit date as git gives it (ISO 8601 with offset). */
  date: string;
  /** The first line of the message. */
  subject: string;
  files: { status: FileStatus; path: string }[];
}

/** The format string the log is asked for, so the reader and the command agree. */
export const LOG_FORMAT = '%x00%H%x09%cI%x09%s';

/** The commits of a log, in the order git gives them (newest first). Lines it cannot read are skipped. */
export function parseLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) {
      const [hash = '', date = '', ...subject] = line.slice(1).split('\t');
      if (hash && !Number.isNaN(Date.parse(date))) commits.push({ hash, date, subject: subject.join('\t'), files: [] });
      continue;
    }
    const m = /^([AMD])\t(.+)$/.exec(line.trimEnd());
    if (m && commits.length) commits.at(-1)!.files.push({ status: m[1] as FileStatus, path: m[2]! });
  }
  return commits;
}

/**
 * The id of the entry a path under the entries folder holds (its file name without
 * .mdx/.md), if it is one. A translation (`x.ru.mdx`, issue #16) is not an entry: adding
 * or removing one changes no fact of the record.
 */
export function entryIdOf(path: string): string | undefined {
  const m = /(?:^|\/)([^/.]+)\.mdx?$/.exec(path);
  return m?.[1];
}

/** The UTC day (YYYY-MM-DD) of a commit date. */
export const commitDay = (date: string): string => isoDay(new Date(date));

/** The day each entry was first added, by id: the oldest commit that added its file. */
export function firstAdded(commits: readonly Commit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of commits)
    for (const f of c.files) {
      const id = f.status === 'A' ? entryIdOf(f.path) : undefined;
      // Newest first: a later (older) addition overwrites.
      if (id) out.set(id, commitDay(c.date));
    }
  return out;
}
