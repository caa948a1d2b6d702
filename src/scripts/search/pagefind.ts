/**
 * Loads Pagefind's own browser bundle (`/pagefind/pagefind.js`, written by the build)
 * the first time search is used. It does not exist in `astro dev`, which the caller
 * reports as such.
 */
import type { ResultData } from '../../lib/search-results';
import { HIGHLIGHT_PARAM } from '../../lib/search-state';

/** Counts per filter value, per filter: `{ kind: { Visit: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts within the results. */
  filters: FilterCounts;
  /** Counts within the results before filtering. */
  totalFilters: FilterCounts;
}

/** The part of Pagefind's JS API this site uses. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: { filters?: unknown; sort?: unknown }) => Promise<PagefindResponse | null>;
  filters: () => Promise<FilterCounts>;
  preload: (term: string, options?: unknown) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A variable, so the bundler leaves the address to the browser.
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No web worker: it costs a 43 kB script, and searching this index on the page's own
    // thread takes a few milliseconds (measured with bench/search.ts).
    await pagefind.options({ excerptLength: 26, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    await pagefind.init();
    // Loads every filter chunk: a search counts only the filters already loaded.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
