import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../src/check/index';
import { eventEntry } from '../../helpers/content-fixture';
import { sources } from './in-memory';
import { check } from './run-fixture';

const ID = '2025-03-ferry';
const corrected = (date: string) =>
  eventEntry(ID, '2025-03', { corrections: [{ date, text: 'An earlier version named the wrong port.' }] });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('corrections', () => {
  it('are fine dated on or before the as-of day', () => {
    expect(check(corrected('2026-01-01'), day('2026-01-01')).problems).toEqual([]);
  });

  it('may not be dated after the as-of day, reported at the line of the date', () => {
    const { problems } = check(corrected('2026-01-02'), day('2026-01-01'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'corrections[0].date', file: `entries/2025/${ID}.mdx` });
    expect(problems[0]!.message).toContain("after the record's as-of day 2026-01-01");
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('may not be dated before the entry was added', () => {
    const files = sources(corrected('2025-05-01'));
    const problems = checkSources(files, { today: day('2026-01-01'), addedOn: new Map([[ID, '2025-06-01']]) });
    expect(problems.map((p) => [p.field, p.message.split(' — ')[0]])).toEqual([
      ['corrections[0].date', 'correction dated 2025-05-01, before the entry was added on 2025-06-01'],
    ]);
  });

  it('must be a real day', () => {
    const { problems } = check(corrected('2026-02-30'), day('2026-12-01'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('corrections[0].date');
    expect(problems[0]!.message).toMatch(/not a real day/);
  });
});
