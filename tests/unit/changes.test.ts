import { describe, expect, it } from 'vitest';
import { changeLog, CHANGES_LIMIT, type ChangedEntry } from '../../src/lib/changes/group';
import { entryIdOf, firstAdded, parseLog } from '../../src/lib/changes/log';
import { correctionsView } from '../../src/lib/entry/corrections';
import { entry } from './factory';

/** A commit as `git log --no-renames --name-status --format=%x00%H%x09%cI%x09%s` prints it. */
const commit = (hash: string, date: string, subject: string, files: string[]) =>
  [`\0${hash}\t${date}\t${subject}`, '', ...files].join('\n');

const LOG = [
  commit('c3', '2026-02-10T09:00:00+05:00', 'Fix the date of the ferry entry', [
    'M\t2025/2025-10-21-ferry.mdx',
    'M\tREADME.md.txt',
  ]),
  commit('c2', '2026-01-05T23:30:00-02:00', 'Move an entry; remove another; add a draft', [
    'D\t2024/2025-01-01-moved.mdx',
    'A\t2025/2025-01-01-moved.mdx',
    'D\t2024/2024-05-05-gone.mdx',
    'A\t2025/2025-06-06-draft.mdx',
  ]),
  commit('c1', '2025-12-01T10:00:00Z', 'First entries', [
    'A\t2025/2025-10-21-ferry.mdx',
    'A\t2024/2025-01-01-moved.mdx',
    'A\t2024/2024-05-05-gone.mdx',
  ]),
].join('\n');

const published = (corrections: ChangedEntry['corrections'] = []): Map<string, ChangedEntry> =>
  new Map([
    ['2025-10-21-ferry', { title: 'The ferry', corrections }],
    ['2025-01-01-moved', { title: 'The moved one', corrections: [] }],
  ]);

describe('reading the git log of the entries', () => {
  it('reads commits, their subjects and files, newest first', () => {
    const commits = parseLog(LOG);
    expect(commits.map((c) => [c.hash, c.subject, c.files.length])).toEqual([
      ['c3', 'Fix the date of the ferry entry', 2],
      ['c2', 'Move an entry; remove another; add a draft', 4],
      ['c1', 'First entries', 3],
    ]);
    expect(commits[1]!.files[0]).toEqual({ status: 'D', path: '2024/2025-01-01-moved.mdx' });
  });

  it('keeps tabs in a subject and skips lines it cannot read', () => {
    const commits = parseLog(
      `garbage\n${commit('h', '2026-01-01T00:00:00Z', 'a\tb', ['R100\tx.mdx\ty.mdx', 'A\tz.mdx'])}`,
    );
    expect(commits).toEqual([
      { hash: 'h', date: '2026-01-01T00:00:00Z', subject: 'a\tb', files: [{ status: 'A', path: 'z.mdx' }] },
    ]);
  });

  it('names entries by their file name, and only entry files', () => {
    expect(entryIdOf('2025/2025-10-21-ferry.mdx')).toBe('2025-10-21-ferry');
    expect(entryIdOf('2025/notes.md')).toBe('notes');
    expect(entryIdOf('README.md.txt')).toBeUndefined();
    // Issue #16: a translation is no entry of its own; adding or removing one changes no fact.
    expect(entryIdOf('2025/2025-10-21-ferry.ru.mdx')).toBeUndefined();
  });

  it('finds the day each entry was first added (UTC)', () => {
    const added = firstAdded(parseLog(LOG));
    expect(added.get('2025-10-21-ferry')).toBe('2025-12-01');
    expect(added.get('2025-01-01-moved')).toBe('2025-12-01');
  });
});

describe('what changed', () => {
  it('lists additions, updates (a move is one), removals and corrections, newest first', () => {
    const log = changeLog(
      parseLog(LOG),
      published([{ date: { text: '2026-02-11' }, text: 'An earlier version gave the wrong port.' }]),
    );
    expect(log.incomplete).toBe(false);
    expect(log.changes.map((c) => [c.day, c.kind, c.id, c.title ?? null, c.note])).toEqual([
      ['2026-02-11', 'corrected', '2025-10-21-ferry', 'The ferry', 'An earlier version gave the wrong port.'],
      // 09:00 at +05:00 is 04:00 UTC, the same day.
      ['2026-02-10', 'updated', '2025-10-21-ferry', 'The ferry', 'Fix the date of the ferry entry'],
      // 23:30 at -02:00 is the next day in UTC; the draft is not listed.
      ['2026-01-06', 'updated', '2025-01-01-moved', 'The moved one', 'Move an entry; remove another; add a draft'],
      ['2026-01-06', 'removed', '2024-05-05-gone', null, 'Move an entry; remove another; add a draft'],
      ['2025-12-01', 'added', '2025-10-21-ferry', 'The ferry', 'First entries'],
      ['2025-12-01', 'added', '2025-01-01-moved', 'The moved one', 'First entries'],
    ]);
    expect(changeLog(parseLog(LOG), published())).toEqual(changeLog(parseLog(LOG), published()));
  });

  it('in a shallow clone, leaves out the oldest commit (everything looks added) and says so', () => {
    const log = changeLog(parseLog(LOG), published(), { shallow: true });
    expect(log.incomplete).toBe(true);
    expect(log.changes.some((c) => c.kind === 'added')).toBe(false);
    expect(log.changes).toHaveLength(3);
  });

  it('without git, lists the corrections alone and says the history is incomplete', () => {
    const log = changeLog(parseLog(''), published([{ date: { text: '2026-01-01' }, text: 'Fixed.' }]), {
      available: false,
    });
    expect(log).toEqual({
      incomplete: true,
      total: 1,
      changes: [{ kind: 'corrected', day: '2026-01-01', id: '2025-10-21-ferry', title: 'The ferry', note: 'Fixed.' }],
    });
    expect(changeLog([], new Map())).toEqual({ changes: [], total: 0, incomplete: false });
  });

  it('holds at most CHANGES_LIMIT changes, however long the history', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      commit(`h${i}`, new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(), `Edit ${i}`, [
        'M\t2025/2025-10-21-ferry.mdx',
      ]),
    ).join('\n');
    const log = changeLog(parseLog(many), published());
    expect(log.total).toBe(300);
    expect(log.changes).toHaveLength(CHANGES_LIMIT);
    expect(log.changes[0]!.day).toBe('2026-01-01');
  });
});

describe('corrections of an entry', () => {
  it('are validated by the schema: a day, and a text', () => {
    const e = entry('2025-01-01-x', {
      corrections: [
        { date: '2026-01-02', text: 'First fix.' },
        { date: '2026-03-04', text: 'Second fix.' },
      ],
    });
    expect(correctionsView(e.data.corrections)).toEqual([
      { when: { iso: '2026-03-04', text: '4 March 2026' }, text: 'Second fix.' },
      { when: { iso: '2026-01-02', text: '2 January 2026' }, text: 'First fix.' },
    ]);
    expect(entry('2025-01-01-y').data.corrections).toEqual([]);
    expect(() => entry('2025-01-01-z', { corrections: [{ date: '2026-03', text: 'A month.' }] })).toThrow(
      /not a single day/,
    );
    expect(() => entry('2025-01-01-z', { corrections: [{ date: '2026-03-04', text: '' }] })).toThrow(/text is empty/);
  });
});
