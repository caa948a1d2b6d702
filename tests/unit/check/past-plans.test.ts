import { describe, expect, it } from 'vitest';
import { eventEntry } from '../../helpers/content-fixture';
import { check } from './run-fixture';

describe('planned items whose date has passed', () => {
  const planned = (extra: Record<string, unknown> = {}) =>
    eventEntry('2025-06-cable-due', '2025-06', { status: 'planned', ...extra });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('are fine while the date is still ahead, including its last day', () => {
    expect(check(planned(), day('2025-06-30')).problems).toEqual([]);
  });

  it('need an outcome once the date is over, with the fix spelled out', () => {
    const { lines } = check(planned(), day('2025-07-01'));
    expect(lines[0]).toBe(
      'entries/2025/2025-06-cable-due.mdx:9: status: planned for 2025-06, which is past due on 2025-07-01 (the record\'s as-of day) and says nothing of what became of it — add what the sources report: `outcome: { status: not-reported, note: "The sources do not say whether it happened." }`, or status happened (with entry:), postponed (with date:) or cancelled, each with the source: that reports it; if it happened and another entry does not record it, set status: happened',
    );
  });

  it('are accepted with an outcome, not with a dateNote alone', () => {
    const note = { dateNote: 'Reported in October 2025 as due in June; the sources do not say whether it happened.' };
    expect(check(planned(note), day('2026-01-01')).problems).toHaveLength(1);
    const outcome = { outcome: { status: 'not-reported', note: 'The sources do not say whether it happened.' } };
    expect(check(planned(outcome), day('2026-01-01')).problems).toEqual([]);
  });

  it('measure a range by its end', () => {
    const range = eventEntry('2025-06-talks', '2025-06/2025-08', { status: 'planned' });
    expect(check(range, day('2025-08-31')).problems).toEqual([]);
    expect(check(range, day('2025-09-01')).problems).toHaveLength(1);
  });

  it('leave happened items alone', () => {
    expect(check(eventEntry('2001-old', '2001'), day('2030-01-01')).problems).toEqual([]);
  });
});
