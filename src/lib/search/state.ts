/**
 * The state of a search as it lives in the URL (`/search/?q=btc&kind=Visit&sort=newest`),
 * and how it becomes a Pagefind query. Pure and free of Astro, so the search page's
 * script and the build share it.
 *
 * Filter values in the index and in the URL are the names readers see ("Visit",
 * "Energy", "Olzhas Bektenov"), so a shared link reads as what it selects.
 */
import { COLLECTIONS, ENTITY_COLLECTIONS } from '../../collections';

/** Filter groups, in the order the search page shows them; the key is also the URL parameter. */
export const FILTER_KEYS = ['kind', 'topic', 'year', 'country', 'person', 'organisation', 'place', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * Sorting by date. Only entries have a date: topic, person, organisation and place pages
 * carry no sort key, and Pagefind leaves pages without the key out of a sorted search. So
 * a date-sorted search also asks for the filter every entry carries, which keeps the
 * filter counts equal to what is listed.
 */
export const DATE_SORT_KEY = 'date';
export const DATED_FILTER = { key: 'dated', value: 'yes' } as const;

/** Query parameter that asks a result page to highlight the searched words (Pagefind's name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** Kind values of pages without a date (entity pages): "Topic", "Person", "Organisation", "Place". */
export const UNDATED_KINDS: readonly string[] = ENTITY_COLLECTIONS.map((c) => COLLECTIONS[c].singular);

export type Filters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  /** The words as typed (not trimmed, so typing a space does not jump the cursor). */
  q: string;
  filters: Filters;
  sort: SortOrder;
}

const MAX_VALUES = 50;
const MAX_QUERY = 200;

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' });

/** Reads a search from a query string (`?q=…&kind=…`); unknown or repeated values are dropped. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter(Boolean).slice(0, MAX_VALUES);
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters,
    sort: (SORT_ORDERS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance',
  };
}

/** The query string of a search, `?q=…&kind=…&sort=…`, or '' for an empty search. Stable order. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Same search? (Ignores spaces around the words, which do not change the results.) */
export const sameSearch = (a: SearchState, b: SearchState): boolean =>
  serializeSearchState(a) === serializeSearchState(b);

export const activeFilterCount = (state: SearchState): number =>
  FILTER_KEYS.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0);

/** True when there is nothing to search for: no words and no filters. */
export const isBlank = (state: SearchState): boolean => !state.q.trim() && activeFilterCount(state) === 0;

/** The state with one filter value turned on or off. */
export function withFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters: Filters = { ...state.filters };
  if (next.length) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

/**
 * The order a search is actually sorted in. Words with "Relevance" sort by relevance.
 * Without words there is no relevance, so the list runs newest first, unless only
 * undated kinds are chosen (then Pagefind's own order, as date sorting would empty it).
 */
export function effectiveSort(state: SearchState): 'newest' | 'oldest' | null {
  if (state.sort !== 'relevance') return state.sort;
  if (state.q.trim()) return null;
  const kinds = state.filters.kind ?? [];
  if (kinds.length && kinds.every((k) => UNDATED_KINDS.includes(k))) return null;
  return 'newest';
}

export type PagefindFilters = Record<string, { any: string[] } | string>;

export interface PagefindRequest {
  /** null: a filter-only search (every page that matches the filters). */
  term: string | null;
  options: { filters: PagefindFilters; sort: Record<string, 'asc' | 'desc'> };
}

/**
 * The Pagefind search for a state. Values within a group are alternatives (any of
 * them); groups narrow one another. `without` leaves one group out, which gives that
 * group's counts as "what ticking this box would add".
 */
export function pagefindRequest(state: SearchState, without?: FilterKey): PagefindRequest {
  const filters: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (key !== without && values?.length) filters[key] = { any: values };
  }
  const sort = effectiveSort(state);
  if (sort) filters[DATED_FILTER.key] = DATED_FILTER.value;
  return {
    term: state.q.trim() || null,
    options: { filters, sort: sort ? { [DATE_SORT_KEY]: sort === 'newest' ? 'desc' : 'asc' } : {} },
  };
}

export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
}

const FIXED_ORDER: Partial<Record<FilterKey, readonly string[]>> = {
  kind: ['Visit', 'Agreement', 'Event', ...UNDATED_KINDS],
  status: ['Happened', 'Planned'],
};

/**
 * The options of a filter group as the page lists them: chosen values always (even at
 * zero), others only when they would find something. Kinds and statuses keep a fixed
 * order, years run newest first, the rest by count and then by name.
 */
export function filterOptions(
  key: FilterKey,
  counts: Readonly<Record<string, number>>,
  selected: readonly string[] = [],
): FilterOption[] {
  const values = new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...selected]);
  const options = [...values].map((value) => ({ value, count: counts[value] ?? 0, checked: selected.includes(value) }));
  const fixed = FIXED_ORDER[key];
  const rank = (v: string) => (fixed?.includes(v) ? fixed.indexOf(v) : Number.MAX_SAFE_INTEGER);
  return options.sort((a, b) => {
    if (fixed) return rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, 'en');
    if (key === 'year') return Number(b.value) - Number(a.value) || b.value.localeCompare(a.value);
    return b.count - a.count || a.value.localeCompare(b.value, 'en');
  });
}
