/**
 * Debian's Chromium driven by playwright-core (a test tool cannot download its own
 * browser here). CHROMIUM_PATH overrides the choice of browser.
 */
import { existsSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * Debian's headless shell (package chromium-headless-shell) when it is installed, the
 * browser Playwright itself runs headless tests in: the same Blink without the full
 * browser's windowing and compositing, so every page costs less CPU. The browser tests took
 * 56-66 s with it against 89-90 s with /usr/bin/chromium (two interleaved pairs, same
 * 215 tests). Otherwise the full Chromium.
 */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const shell = '/usr/bin/chromium-headless-shell';
  return existsSync(shell) ? shell : '/usr/bin/chromium';
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
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
