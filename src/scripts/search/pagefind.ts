/**
 * Loads Pagefind's own browser bundle (`/pagefind/pagefind.js`, written by the build)
 * the first time search is used. It does not exist in `astro dev`, which the caller
 * reports as such.
 */
import type { ResultData } from '../../lib/search/results';
import { HIGHLIGHT_PARAM } from '../../lib/search/state';
import { paths } from '../../lib/urls/paths';

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

/**
 * Up to this many pages, Pagefind runs on the page's own thread, which saves its 43 kB
 * web worker. Beyond it, a search can keep the thread busy long enough to make typing
 * stutter (about 250 ms for a three-word query over 5,000 pages, measured with
 * bench/search.ts), so the worker is used.
 */
const WORKER_FROM_PAGES = 1000;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = paths.pagefind();
    // A variable, so the bundler leaves the address to the browser.
    const url = `${base}pagefind.js`;
    const [pagefind, pages] = await Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, pageCount(base)]);
    await pagefind.options({
      // Result URLs under the site's base path (Pagefind indexes dist/ from its root).
      baseUrl: paths.home(),
      excerptLength: 26,
      highlightParam: HIGHLIGHT_PARAM,
      noWorker: pages < WORKER_FROM_PAGES,
    });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Pages in the index, from Pagefind's tiny entry file (which it reads again itself). */
async function pageCount(base: string): Promise<number> {
  try {
    const entry = (await (await fetch(`${base}pagefind-entry.json`)).json()) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
