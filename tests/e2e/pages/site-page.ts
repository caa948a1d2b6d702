/**
 * A page of the built site in the browser: the parts every page has (the header search
 * box, the main heading), and addresses relative to the served site.
 */
import type { BrowserContextOptions, Page, Response } from 'playwright-core';
import type { UsedSite } from '../../helpers/site';

export class SitePage {
  constructor(
    readonly page: Page,
    readonly site: UsedSite,
  ) {}

  /** A new page (its own context, closed after the test) at `path` of the site. */
  static async open<T extends SitePage>(
    this: new (page: Page, site: UsedSite) => T,
    site: UsedSite,
    path = '/',
    options?: BrowserContextOptions,
  ): Promise<T> {
    const opened = new this(await site.page(options), site);
    await opened.goto(path);
    return opened;
  }

  /** The full address of a site path ("/entries/x/"), under the site's base. */
  address(path: string): string {
    return `${this.site.server.url}${path}`;
  }

  goto(path: string): Promise<Response | null> {
    return this.page.goto(this.address(path));
  }

  /** The site path of the page's address (without the base), with its query and hash. */
  path(): string {
    const url = new URL(this.page.url());
    return url.pathname.slice(this.site.server.url.length - url.origin.length) + url.search + url.hash;
  }

  /** The search box in the header of every page. */
  get headerSearch() {
    return this.page.getByRole('searchbox', { name: 'Search the timeline' });
  }

  headingText(): Promise<string | null> {
    return this.page.getByRole('heading', { level: 1 }).textContent();
  }

  /** The id of the focused element. */
  focusedId(): Promise<string | undefined> {
    return this.page.evaluate(() => document.activeElement?.id);
  }

  /** The path of the focused link. */
  focusedLinkPath(): Promise<string> {
    return this.page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
  }
}
