import { describe, expect, it } from 'vitest';
import { HOME_LIMIT, homeSlices, yearCounts } from '../../src/lib/timeline/lists';
import { sortChronological } from '../../src/lib/timeline/order';

import { entry } from './factory';

const many = Array.from({ length: HOME_LIMIT + 10 }, (_, i) =>
  entry(`e${String(i).padStart(3, '0')}`, { date: `${2000 + Math.floor(i / 5)}` }),
);
const planned = [entry('p', { date: '2030', status: 'planned' })];

describe('home page slices', () => {
  const sorted = sortChronological([...many, ...planned]);

  it('shows at most HOME_LIMIT of what happened, newest first, and keeps planned items apart', () => {
    const s = homeSlices(sorted, 'desc', '2026-12-01');
    expect(s.shown).toHaveLength(HOME_LIMIT);
    expect(s.shown[0]!.id).toBe(`e${String(HOME_LIMIT + 9).padStart(3, '0')}`);
    expect(s.shown.some((e) => e.id === 'p')).toBe(false);
    expect(s.ahead.map((e) => e.id)).toEqual(['p']);
    expect(s.happenedTotal).toBe(HOME_LIMIT + 10);
  });

  it('shows the oldest first on request', () => {
    expect(homeSlices(sorted, 'asc', '2026-12-01').shown[0]!.id).toBe('e000');
  });

  it('counts entries per year', () => {
    expect(yearCounts(sorted).slice(0, 2)).toEqual([
      { year: 2000, count: 5 },
      { year: 2001, count: 5 },
    ]);
    expect(yearCounts(sorted).at(-1)).toEqual({ year: 2030, count: 1 });
  });
});
