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

  it('need a dateNote once the date is over', () => {
    const { lines } = check(planned(), day('2025-07-01'));
    expect(lines[0]).toBe(
      'entries/2025/2025-06-cable-due.mdx:9: status: planned for 2025-06, which has passed (today is 2025-07-01) — if it happened, set status: happened; otherwise add a dateNote saying what the sources report (or that they do not say whether it happened)',
    );
  });

  it('are accepted with a dateNote that explains them', () => {
    const note = { dateNote: 'Reported in October 2025 as due in June; the sources do not say whether it happened.' };
    expect(check(planned(note), day('2026-01-01')).problems).toEqual([]);
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
