/**
 * What changed in the record, newest first: entries added, updated and removed (one item
 * per entry per commit, from the git history) and the corrections the entries record.
 * Pure, and the same for the same history and content: no clock is read.
 */
import { compareDateSpecs, parseDateSpec } from '../../primitives/dates';
import { commitDay, entryIdOf, type Commit } from './log';

/** Newer day first (days as YYYY-MM-DD, compared by the one comparator). */
const newerFirst = (a: { day: string }, b: { day: string }) =>
  compareDateSpecs(parseDateSpec(b.day), parseDateSpec(a.day));

/** How many changes the page and the feed show: they do not grow with the history. */
export const CHANGES_LIMIT = 100;

export type ChangeKind = 'added' | 'updated' | 'removed' | 'corrected';

/** What the grouping needs of a published entry. */
export interface ChangedEntry {
  title: string;
  corrections: readonly { date: { text: string }; text: string }[];
}

export interface Change {
  kind: ChangeKind;
  /** The day of the change, YYYY-MM-DD. */
  day: string;
  /** The commit date (ISO), for a change read from the history. */
  date?: string;
  /** The commit, for a change read from the history. */
  commit?: string;
  id: string;
  /** The entry's title, when it is published; absent for a removed entry. */
  title?: string;
  /** The one line that says what changed: the commit's subject, or the correction. */
  note: string;
}

export interface ChangeLog {
  changes: Change[];
  /** How many changes there are in all (the list holds at most CHANGES_LIMIT). */
  total: number;
  /** The history is not all there (no git, or a shallow clone): what is listed is what is known. */
  incomplete: boolean;
}

function commitChanges(c: Commit, entries: ReadonlyMap<string, ChangedEntry>): Change[] {
  const byId = new Map<string, Set<string>>();
  for (const f of c.files) {
    const id = entryIdOf(f.path);
    if (id) byId.set(id, (byId.get(id) ?? new Set()).add(f.status));
  }
  const out: Change[] = [];
  for (const [id, statuses] of byId) {
    const entry = entries.get(id);
    // A file deleted and added in one commit was moved: an update. A draft is not listed.
    const kind: ChangeKind =
      statuses.has('A') && !statuses.has('D')
        ? 'added'
        : statuses.has('A') || statuses.has('M')
          ? 'updated'
          : 'removed';
    if (kind === 'removed' ? entry !== undefined : entry === undefined) continue;
    out.push({
      kind,
      day: commitDay(c.date),
      date: c.date,
      commit: c.hash,
      id,
      ...(entry ? { title: entry.title } : {}),
      note: c.subject,
    });
  }
  return out;
}

/**
 * The changes of the record, newest first, at most {@link CHANGES_LIMIT}. `commits` is
 * the log of the entries folder, newest first; `entries` the published entries by id.
 * In a shallow clone the oldest commit git has shows every file as added: it is left out.
 */
export function changeLog(
  commits: readonly Commit[],
  entries: ReadonlyMap<string, ChangedEntry>,
  { shallow = false, available = true }: { shallow?: boolean; available?: boolean } = {},
): ChangeLog {
  const known = shallow ? commits.slice(0, -1) : commits;
  const fromHistory = known.flatMap((c) => commitChanges(c, entries));
  const corrections = [...entries]
    .flatMap(([id, e]) =>
      e.corrections.map((c): Change => ({ kind: 'corrected', day: c.date.text, id, title: e.title, note: c.text })),
    )
    .sort((a, b) => newerFirst(a, b) || a.id.localeCompare(b.id));
  // Stable: on one day, the history's order (newest commit first), then the corrections.
  const all = [...fromHistory, ...corrections].sort(newerFirst);
  return { changes: all.slice(0, CHANGES_LIMIT), total: all.length, incomplete: shallow || !available };
}
