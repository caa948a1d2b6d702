/**
 * Debian's Chromium driven by playwright-core (a test tool cannot download its own
 * browser here). CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { onTestFinished } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

let perWorker: Promise<Browser> | undefined;
/**
 * One Chromium for every browser test file a test worker runs (they share the worker's
 * modules, vitest.config.ts): a launch costs about a second of CPU, and each test keeps
 * its state in contexts of its own. Playwright closes it when the worker exits.
 */
export function workerBrowser(): Promise<Browser> {
  perWorker ??= launchBrowser().then((browser) => {
    browser.on('disconnected', () => (perWorker = undefined));
    return browser;
  });
  return perWorker;
}

/** A page in a context of its own, at the desktop size unless the options say otherwise. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  return context.newPage();
}

/**
 * A fresh page in its own context, for the running test: the context is closed when the
 * test finishes, passed or failed (so call it inside a test, not in a hook).
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await openPage(browser, options);
  onTestFinished(() => page.context().close());
  return page;
}
