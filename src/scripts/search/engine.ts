/**
 * Runs a search: the results, and for each filter group the counts a reader sees next
 * to its boxes. A group with boxes ticked is counted as if none were ticked, so its
 * counts say what ticking one more would give (a second, cheap search per such group).
 */
import { FILTER_KEYS, isBlank, pagefindRequest, type FilterKey, type SearchState } from '../../lib/search/state';
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind';

export interface Outcome {
  results: PagefindResult[];
  counts: Record<FilterKey, Record<string, number>>;
}

const pick = (counts: FilterCounts, key: FilterKey) => counts[key] ?? {};

export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<Outcome> {
  if (isBlank(state)) {
    const all = await pagefind.filters();
    return { results: [], counts: Object.fromEntries(FILTER_KEYS.map((k) => [k, pick(all, k)])) as Outcome['counts'] };
  }
  const main = pagefindRequest(state);
  const chosen = FILTER_KEYS.filter((k) => state.filters[k]?.length);
  const [response, ...others] = await Promise.all([
    pagefind.search(main.term, main.options),
    ...chosen.map((key) => {
      const r = pagefindRequest(state, key);
      return pagefind.search(r.term, r.options);
    }),
  ]);
  const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, pick(response?.filters ?? {}, k)])) as Outcome['counts'];
  chosen.forEach((key, i) => (counts[key] = pick(others[i]?.filters ?? {}, key)));
  return { results: response?.results ?? [], counts };
}
