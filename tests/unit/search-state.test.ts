import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  emptyState,
  filterOptions,
  isBlank,
  pagefindRequest,
  parseSearchState,
  serializeSearchState,
  withFilter,
  type SearchState,
} from '../../src/lib/search/state';

const state = (over: Partial<SearchState>): SearchState => ({ ...emptyState(), ...over });

describe('search state in the URL', () => {
  it('reads words, filters and sort order, dropping unknown and repeated values', () => {
    const s = parseSearchState('?q=Kazakh+oil&kind=Visit&kind=Visit&kind=Event&topic=Energy&colour=red&sort=newest');
    expect(s).toEqual({ q: 'Kazakh oil', filters: { kind: ['Visit', 'Event'], topic: ['Energy'] }, sort: 'newest' });
    expect(parseSearchState('?sort=sideways').sort).toBe('relevance');
    expect(parseSearchState('')).toEqual(emptyState());
  });

  it('writes a stable query string that reads back the same', () => {
    const s = state({
      q: '  Bektenov Baku ',
      filters: { person: ['Olzhas Bektenov'], kind: ['Visit'] },
      sort: 'oldest',
    });
    const text = serializeSearchState(s);
    expect(text).toBe('?q=Bektenov+Baku&kind=Visit&person=Olzhas+Bektenov&sort=oldest');
    expect(parseSearchState(text)).toEqual({ ...s, q: 'Bektenov Baku' });
    expect(serializeSearchState(emptyState())).toBe('');
  });

  it('keeps names with commas, ampersands and non-ASCII letters intact', () => {
    const s = state({ filters: { organisation: ['Baku–Tbilisi–Ceyhan pipeline', 'A & B, Ltd'], place: ['Bakı'] } });
    expect(parseSearchState(serializeSearchState(s))).toEqual(s);
  });

  it('turns filter values on and off, dropping empty groups', () => {
    const on = withFilter(emptyState(), 'year', '2025', true);
    expect(on.filters).toEqual({ year: ['2025'] });
    expect(withFilter(on, 'year', '2025', true).filters).toEqual({ year: ['2025'] });
    expect(withFilter(on, 'year', '2025', false).filters).toEqual({});
    expect(isBlank(withFilter(on, 'year', '2025', false))).toBe(true);
  });
});

describe('the Pagefind request', () => {
  it('asks for any of the values within a group and all groups together', () => {
    const r = pagefindRequest(state({ q: 'oil', filters: { kind: ['Visit', 'Event'], year: ['2025'] } }));
    expect(r).toEqual({
      term: 'oil',
      options: { filters: { kind: { any: ['Visit', 'Event'] }, year: { any: ['2025'] } }, sort: {} },
    });
  });

  it('leaves one group out to count what its other values would add', () => {
    const r = pagefindRequest(state({ q: 'oil', filters: { kind: ['Visit'], year: ['2025'] } }), 'kind');
    expect(r.options.filters).toEqual({ year: { any: ['2025'] } });
  });

  it('sorts by date over dated pages only, so counts match what is listed', () => {
    const r = pagefindRequest(state({ q: 'oil', sort: 'newest' }));
    expect(r.options).toEqual({ filters: { dated: 'yes' }, sort: { date: 'desc' } });
    expect(pagefindRequest(state({ q: 'oil', sort: 'oldest' })).options.sort).toEqual({ date: 'asc' });
  });

  it('lists newest first when there are no words, unless only undated kinds are chosen', () => {
    expect(effectiveSort(state({ filters: { topic: ['Energy'] } }))).toBe('newest');
    expect(effectiveSort(state({ q: 'oil' }))).toBeNull();
    expect(effectiveSort(state({ filters: { kind: ['Person', 'Place'] } }))).toBeNull();
    expect(effectiveSort(state({ filters: { kind: ['Person', 'Visit'] } }))).toBe('newest');
    expect(pagefindRequest(state({ filters: { topic: ['Energy'] } })).term).toBeNull();
  });
});

describe('filter options', () => {
  it('keeps chosen values even at zero and hides other empty ones', () => {
    const options = filterOptions('person', { 'Ilham Aliyev': 4, 'Vladimir Putin': 0, 'Ali Asadov': 1 }, [
      'Olzhas Bektenov',
    ]);
    expect(options).toEqual([
      { value: 'Ilham Aliyev', count: 4, checked: false },
      { value: 'Ali Asadov', count: 1, checked: false },
      { value: 'Olzhas Bektenov', count: 0, checked: true },
    ]);
  });

  it('orders kinds and statuses by a fixed order and years newest first', () => {
    const kinds = filterOptions('kind', { Place: 9, Event: 1, Visit: 2, Person: 3 });
    expect(kinds.map((o) => o.value)).toEqual(['Visit', 'Event', 'Person', 'Place']);
    const years = filterOptions('year', { '2023': 5, '2025': 1, '1991': 9 });
    expect(years.map((o) => o.value)).toEqual(['2025', '2023', '1991']);
  });
});
