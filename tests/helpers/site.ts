/**
 * The built site served on loopback and a Chromium to read it, started once per test
 * file: `const site = useBuiltSite();` then `site.server.url`, `newPage(site.browser)`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type SiteServer } from './server';

export function useBuiltSite(): { readonly server: SiteServer; readonly browser: Browser } {
  const site = {} as { server: SiteServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
