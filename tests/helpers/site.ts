/**
 * A site built by the global setup, served on loopback once per test file and stopped
 * after it, whatever its tests did, and the worker's Chromium to read it:
 *
 *   const site = useBuiltSite();                 // the main site at /
 *   const fixtures = useBuiltSite('fixtures');   // another site the setup built
 *   const prefixed = useBuiltSite('prefixed');   // served under its base, /kz-az/
 *   ... site.server.url, site.server.requests, await site.page({ colorScheme: 'dark' })
 *   ... await site.sharedPage({ colorScheme: 'dark' })  // one page for the whole file
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { newPage, openPage, workerBrowser } from './browser';
import { serveDist, type SiteServer } from './server';
import { builtSite, type BuiltSite, type SiteName } from './sites';

export interface UsedSite {
  readonly built: BuiltSite;
  readonly server: SiteServer;
  readonly browser: Browser;
  /** A new page in its own context, closed when the test finishes. */
  page(options?: BrowserContextOptions): Promise<Page>;
  /**
   * One page for the whole file, made by the first call (its options count; later ones are
   * ignored) and closed after the file: for tests that only navigate and read, where a
   * fresh context per test would cost more than the test (axe over many URLs).
   */
  sharedPage(options?: BrowserContextOptions): Promise<Page>;
}

export function useBuiltSite(name: SiteName = 'main'): UsedSite {
  const built = builtSite(name);
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  let shared: Promise<Page> | undefined;
  beforeAll(async () => {
    server = await serveDist(built.outDir, { base: built.base });
    browser = await workerBrowser();
  });
  afterAll(async () => {
    // The browser is the worker's, for the next file; this file's contexts close here
    // (those of `page()` already did, when their test finished).
    if (shared) await (await shared).context().close();
    shared = undefined;
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} starts in beforeAll: use it inside a test`);
    return value;
  };
  return {
    built,
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    page: (options) => newPage(started(browser, 'browser'), options),
    sharedPage: (options = {}) => (shared ??= openPage(started(browser, 'browser'), options)),
  };
}
