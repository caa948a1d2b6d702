/**
 * `npm run bench:search [-- SITE_DIR] [--query "words"] [--runs N]`: measures search on a
 * built site (default dist/) in Chromium, and prints a JSON object, then a one-line summary.
 *
 * - index: the Pagefind bundle on disk, by kind of file, and the pages it holds;
 * - searchPage: opening /search/ in a fresh browser until its filters show (the page,
 *   its script, and Pagefind's start-up: JS, WebAssembly, metadata, filter chunks);
 * - firstQuery: then submitting a query until its results show (the index chunks and
 *   result fragments the query needs);
 * - sharedLink: opening /search/?q=… in a fresh browser until the results show, and
 *   sharedLinkWithFilters: until the filter counts show as well (loaded after the results).
 *
 * Bytes are the sizes of the files the browser fetched, its web worker included (served
 * uncompressed, so a host that compresses sends less); times are from the page's own
 * `search` measure and `search:filters` mark, medians of the runs, each in a fresh
 * browser context (empty cache).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import { serveDist, type SiteServer } from '../tests/helpers/server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const query = option('--query') ?? 'first Kazakh oil BTC';
const runs = Math.max(1, Number(option('--runs') ?? 3));
const siteDir = path.resolve(args[0] ?? 'dist');
const pagefindDir = path.join(siteDir, 'pagefind');
if (!existsSync(path.join(pagefindDir, 'pagefind.js'))) {
  console.error(`No Pagefind bundle in ${pagefindDir}: build the site first (npm run build).`);
  process.exit(1);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

/** What a file of the Pagefind bundle is for. */
function kindOf(file: string): string {
  const name = path.basename(file);
  if (/^pagefind-(ui|modular-ui|component-ui)\./.test(name) || name === 'pagefind-highlight.js') return 'unusedUi';
  if (name.endsWith('.js')) return 'js';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta') || name.endsWith('.json')) return 'meta';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name.endsWith('.pf_filter')) return 'filter';
  return 'other';
}

function indexStats() {
  const files = walk(pagefindDir);
  const byKind: Record<string, { files: number; bytes: number }> = {};
  for (const f of files) {
    const k = (byKind[kindOf(f)] ??= { files: 0, bytes: 0 });
    k.files += 1;
    k.bytes += statSync(f).size;
  }
  const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return {
    pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0),
    totalBytes: files.reduce((n, f) => n + statSync(f).size, 0),
    files: files.length,
    byKind,
  };
}

/** What the browser fetched in a time window. */
interface Transfer {
  requests: number;
  bytes: number;
  pagefindBytes: number;
  ms: number;
}

/** Size of the file the server sent for a path (it serves files as they are, uncompressed). */
function servedBytes(urlPath: string): number {
  let file = path.join(siteDir, decodeURIComponent(urlPath));
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return statSync(file).size;
  } catch {
    return statSync(path.join(siteDir, '404.html')).size;
  }
}

interface Fetch {
  path: string;
  /** When the browser started the request, ms since the epoch. */
  start: number;
}

/** Records every request of a page, its worker included, with the time the browser started it. */
function recordFetches(page: Page): () => Promise<Fetch[]> {
  const pending: Promise<Fetch>[] = [];
  page.on('requestfinished', (r) => {
    pending.push(Promise.resolve({ path: new URL(r.url()).pathname, start: r.timing().startTime }));
  });
  return () => Promise.all(pending);
}

/** Requests started within [from, to] (epoch ms) and their bytes; `ms` is the time reported. */
function fetched(all: Fetch[], from: number, to: number, ms: number): Transfer {
  const within = all.filter((f) => f.start >= from && f.start <= to);
  const bytes = (fs: Fetch[]) => fs.reduce((n, f) => n + servedBytes(f.path), 0);
  return {
    requests: within.length,
    bytes: bytes(within),
    pagefindBytes: bytes(within.filter((f) => f.path.startsWith('/pagefind/'))),
    ms: Math.round(ms * 10) / 10,
  };
}

/** A mark or measure of the page (see src/scripts/search/page.ts), in epoch ms and its duration. */
const timing = (page: Page, name: string) =>
  page.evaluate(`(() => {
    const e = performance.getEntriesByName(${JSON.stringify(name)}).at(-1);
    return { start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.startTime + e.duration,
      sinceNavigation: e.startTime + e.duration, ms: e.duration };
  })()`) as Promise<{ start: number; end: number; sinceNavigation: number; ms: number }>;

/** Waits until the results of `q` are on the page. */
const resultsShown = (page: Page, q: string) =>
  page.waitForFunction((words) => {
    const list = document.querySelector('[data-search-results]');
    return list?.getAttribute('data-query') === words && !list.hasAttribute('aria-busy') && list.children.length > 0;
  }, q);

const filtersShown = (page: Page) => page.waitForSelector('[data-filter-groups][data-counted]');

async function oneRun(browser: Browser, site: SiteServer) {
  // Open the search page (until its filters show), then submit a query.
  // Its own context, closed after the run (the tests' newPage closes it with a test, and this is no test).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetches = recordFetches(page);
  const opened = Date.now();
  await page.goto(`${site.url}/search/`);
  await filtersShown(page);
  const ready = await timing(page, 'search:filters');
  const searchPage = fetched(await fetches(), opened, ready.end, ready.sinceNavigation);
  await page.getByRole('searchbox', { name: /^Search visits/ }).fill(query);
  await page.keyboard.press('Enter');
  await resultsShown(page, query);
  const q = await timing(page, 'search');
  const firstQuery = { ...fetched(await fetches(), q.start, q.end, q.ms), results: await resultCount(page) };
  await context.close();

  // Arrive from a shared link: until the results show, then until the filters show too.
  const shared = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const sharedFetches = recordFetches(shared);
  const arrived = Date.now();
  await shared.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await resultsShown(shared, query);
  const s = await timing(shared, 'search');
  await filtersShown(shared);
  const counted = await timing(shared, 'search:filters');
  const all = await sharedFetches();
  const sharedLink = fetched(all, arrived, s.end, s.sinceNavigation);
  const sharedLinkWithFilters = fetched(all, arrived, counted.end, counted.sinceNavigation);
  await shared.context().close();
  return { searchPage, firstQuery, sharedLink, sharedLinkWithFilters };
}

const resultCount = (page: Page) =>
  page
    .locator('[data-search-status]')
    .textContent()
    .then((s) => Number(/^([\d,]+) result/.exec(s ?? '')?.[1]?.replace(/,/g, '') ?? 0));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const server = await serveDist(siteDir);
const browser = await launchBrowser();
try {
  const all: Awaited<ReturnType<typeof oneRun>>[] = [];
  for (let i = 0; i < runs; i++) all.push(await oneRun(browser, server));
  const summarise = <K extends 'searchPage' | 'firstQuery' | 'sharedLink' | 'sharedLinkWithFilters'>(key: K) => ({
    ...all[0]![key],
    ms: median(all.map((r) => r[key].ms)),
    msRuns: all.map((r) => r[key].ms),
  });
  const report = {
    site: path.relative(process.cwd(), siteDir) || '.',
    query,
    runs,
    index: indexStats(),
    searchPage: summarise('searchPage'),
    firstQuery: summarise('firstQuery'),
    sharedLink: summarise('sharedLink'),
    sharedLinkWithFilters: summarise('sharedLinkWithFilters'),
  };
  console.log(JSON.stringify(report, null, 2));
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  console.log(
    `search: ${report.index.pages} pages, index ${kb(report.index.totalBytes)} on disk; ` +
      `search page ${kb(report.searchPage.bytes)} (Pagefind ${kb(report.searchPage.pagefindBytes)}) in ${report.searchPage.ms} ms; ` +
      `first query "${query}" ${kb(report.firstQuery.bytes)} in ${report.firstQuery.ms} ms (${report.firstQuery.results} results); ` +
      `shared link ${kb(report.sharedLink.bytes)} in ${report.sharedLink.ms} ms to results, ` +
      `${kb(report.sharedLinkWithFilters.bytes)} in ${report.sharedLinkWithFilters.ms} ms with filter counts.`,
  );
} finally {
  await browser.close();
  await server.close();
}
