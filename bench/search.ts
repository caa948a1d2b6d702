/**
 * `npm run bench:search [-- SITE_DIR] [--query "words"] [--runs N]`: measures search on a
 * built site (default dist/) in Chromium, and prints a JSON object, then a one-line summary.
 *
 * - index: the Pagefind bundle on disk, by kind of file, and the pages it holds;
 * - searchPage: opening /search/ in a fresh browser until its filters show (the page,
 *   its script, and Pagefind's start-up: JS, WebAssembly, metadata, filter chunks);
 * - firstQuery: then submitting a query until its results show (the index chunks and
 *   result fragments the query needs);
 * - sharedLink: opening /search/?q=… in a fresh browser until the results show.
 *
 * Bytes are the sizes of the files the browser asked the server for (served
 * uncompressed, so a host that compresses sends less); times are medians of the runs,
 * each in a fresh browser context (empty cache).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../tests/helpers/browser';
import { serveDist, type SiteServer } from '../tests/helpers/server';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const query = option('--query') ?? 'first Kazakh oil BTC';
const runs = Math.max(1, Number(option('--runs') ?? 3));
const site = path.resolve(args[0] ?? 'dist');
const pagefindDir = path.join(site, 'pagefind');
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

/** Size of what the server sent for a request path (as serveDist resolves it). */
function servedBytes(urlPath: string): number {
  let file = path.join(site, decodeURIComponent(urlPath));
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return statSync(file).size;
  } catch {
    return statSync(path.join(site, '404.html')).size;
  }
}

interface Transfer {
  requests: number;
  bytes: number;
  pagefindBytes: number;
  ms: number;
}

function transfer(server: SiteServer, from: number, ms: number): Transfer {
  const paths = server.requests.slice(from);
  return {
    requests: paths.length,
    bytes: paths.reduce((n, p) => n + servedBytes(p), 0),
    pagefindBytes: paths.filter((p) => p.startsWith('/pagefind/')).reduce((n, p) => n + servedBytes(p), 0),
    ms: Math.round(ms * 10) / 10,
  };
}

/** Waits until the results of `q` are on the page (see src/scripts/search/page.ts). */
const resultsShown = (page: Page, q: string) =>
  page.waitForFunction((words) => {
    const list = document.querySelector('[data-search-results]');
    return list?.getAttribute('data-query') === words && !list.hasAttribute('aria-busy') && list.children.length > 0;
  }, q);

async function oneRun(browser: Browser, server: SiteServer) {
  // Open the search page, then submit a query.
  const page = await newPage(browser);
  let from = server.requests.length;
  let t = performance.now();
  await page.goto(`${server.url}/search/`);
  await page.waitForSelector('[data-filter-groups] fieldset');
  const searchPage = transfer(server, from, performance.now() - t);
  await page.getByRole('searchbox', { name: /^Search visits/ }).fill(query);
  from = server.requests.length;
  t = performance.now();
  await page.keyboard.press('Enter');
  await resultsShown(page, query);
  const firstQuery = { ...transfer(server, from, performance.now() - t), results: await resultCount(page) };
  await page.context().close();

  // Arrive from a shared link.
  const shared = await newPage(browser);
  from = server.requests.length;
  t = performance.now();
  await shared.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await resultsShown(shared, query);
  const sharedLink = transfer(server, from, performance.now() - t);
  await shared.context().close();
  return { searchPage, firstQuery, sharedLink };
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

const server = await serveDist(site);
const browser = await launchBrowser();
try {
  const all: Awaited<ReturnType<typeof oneRun>>[] = [];
  for (let i = 0; i < runs; i++) all.push(await oneRun(browser, server));
  const summarise = <K extends 'searchPage' | 'firstQuery' | 'sharedLink'>(key: K) => ({
    ...all[0]![key],
    ms: median(all.map((r) => r[key].ms)),
    msRuns: all.map((r) => r[key].ms),
  });
  const report = {
    site: path.relative(process.cwd(), site) || '.',
    query,
    runs,
    index: indexStats(),
    searchPage: summarise('searchPage'),
    firstQuery: summarise('firstQuery'),
    sharedLink: summarise('sharedLink'),
  };
  console.log(JSON.stringify(report, null, 2));
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  console.log(
    `search: ${report.index.pages} pages, index ${kb(report.index.totalBytes)} on disk; ` +
      `search page ${kb(report.searchPage.bytes)} (Pagefind ${kb(report.searchPage.pagefindBytes)}) in ${report.searchPage.ms} ms; ` +
      `first query "${query}" ${kb(report.firstQuery.bytes)} in ${report.firstQuery.ms} ms (${report.firstQuery.results} results); ` +
      `shared link ${kb(report.sharedLink.bytes)} in ${report.sharedLink.ms} ms.`,
  );
} finally {
  await browser.close();
  await server.close();
}
