import { describe, expect, it } from 'vitest';
import { entryYear, groupByYear, neighbours, sortChronological, splitByTiming } from '../../src/lib/timeline/order';
import { timingOf } from '../../src/lib/timeline/timing';
import { loadContent } from '../../src/check/load-content';
import { PLAIN_SCHEMAS } from '../../src/schemas/plain';
import type { EntryData } from '../../src/schemas/types';

import { entry } from './factory';

const e = (id: string, date: string, status: 'happened' | 'planned' = 'happened') => entry(id, { date, status });

describe('timeline', () => {
  const items = [
    e('b', '2025-03-03'),
    e('a', '2025-03-03'),
    e('m', '2025-03'),
    e('p', '2027', 'planned'),
    e('y', '2022'),
  ];

  it('sorts oldest first with a deterministic tie-break on id', () => {
    expect(sortChronological(items).map((i) => i.id)).toEqual(['y', 'm', 'a', 'b', 'p']);
    expect(sortChronological([...items].reverse()).map((i) => i.id)).toEqual(['y', 'm', 'a', 'b', 'p']);
  });

  it('sorts newest first on request', () => {
    expect(sortChronological(items, 'desc').map((i) => i.id)).toEqual(['p', 'b', 'a', 'm', 'y']);
  });

  it('groups by year in order', () => {
    const groups = groupByYear(sortChronological(items), entryYear);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      [2022, ['y']],
      [2025, ['m', 'a', 'b']],
      [2027, ['p']],
    ]);
  });

  it('keeps planned items apart from what happened', () => {
    const split = splitByTiming(items, '2026-12-01');
    expect(split.ahead.map((i) => i.id)).toEqual(['p']);
    expect(split['past-due']).toEqual([]);
    expect(split.happened).toHaveLength(4);
  });

  it('moves a plan from ahead to past due when the as-of day passes its last day, with no change to the entry', () => {
    const cable = e('cable', '2026-Q2', 'planned');
    expect(timingOf(cable.data, '2026-06-30')).toBe('ahead');
    expect(timingOf(cable.data, '2026-07-01')).toBe('past-due');
    expect(splitByTiming([cable], '2026-12-01')['past-due'].map((i) => i.id)).toEqual(['cable']);
    // What happened stays what happened, whatever the day.
    expect(timingOf(e('y', '2022').data, '2000-01-01')).toBe('happened');
  });

  it('finds previous and next in time', () => {
    const sorted = sortChronological(items);
    expect(neighbours(sorted, 'a')).toEqual({ prev: sorted[1], next: sorted[3] });
    expect(neighbours(sorted, 'y').prev).toBeUndefined();
    expect(neighbours(sorted, 'nope')).toEqual({});
  });
});

describe('the real record on two as-of days', () => {
  const entries = loadContent()
    .files.filter((f) => f.collection === 'entries')
    .map((f) => ({ id: f.id, data: PLAIN_SCHEMAS.entries.parse(f.data) as EntryData }));
  const cable = '2026-Q2-green-energy-cable-commissioning';

  it('moves the Q2 2026 cable from ahead to past due with no change to any file', () => {
    const before = splitByTiming(entries, '2026-06-30');
    const after = splitByTiming(entries, '2026-07-01');
    expect(before.ahead.map((e) => e.id)).toContain(cable);
    expect(before['past-due'].map((e) => e.id)).not.toContain(cable);
    expect(after['past-due'].map((e) => e.id)).toContain(cable);
    expect(after.ahead.map((e) => e.id)).not.toContain(cable);
    expect(after.happened).toEqual(before.happened);
  });
});
