/**
 * The search page (/search/): a query, its results, the filters and the sort order, as a
 * search user sees them.
 */
import type { Locator } from 'playwright-core';
import { SitePage } from './site-page';

export const RESULTS = '[data-search-results]';

export class SearchPage extends SitePage {
  /** The search page's own box. */
  get box(): Locator {
    return this.page.getByRole('searchbox', { name: /^Search visits/ });
  }

  /**
   * Opens /search/ (or another language's, e.g. "/ru/search/") with `q` (and more of the
   * query string, e.g. "&kind=Visit") and waits for its results.
   */
  async search(q: string, extra = '', at = '/search/'): Promise<void> {
    await this.goto(`${at}?q=${encodeURIComponent(q)}${extra}`);
    await this.settled(q);
  }

  /**
   * Searches again from the search page the page is on, as a reader does: replaces what
   * the box holds with `q` and waits for its results (the box by its id: its name is in
   * the page's language).
   */
  async searchAgain(q: string): Promise<void> {
    await this.page.locator('#search-q').fill(q);
    await this.settled(q);
  }

  /**
   * Waits until the page shows the results of `q` (typing waits for a pause; a search may
   * be running) and the filters show their counts (drawn just after the first results).
   */
  async settled(q: string): Promise<void> {
    await this.page.waitForFunction(
      ([selector, query]) => {
        const list = document.querySelector(selector!);
        const counted = document.querySelector('[data-filter-groups]')?.hasAttribute('data-counted');
        return list?.getAttribute('data-query') === query && !list.hasAttribute('aria-busy') && counted;
      },
      [RESULTS, q.trim()],
    );
  }

  /** Site paths of the results shown, in order (without the highlight parameter). */
  results(): Promise<string[]> {
    return this.page.$$eval(`${RESULTS} .result-title a`, (as) =>
      (as as HTMLAnchorElement[]).map((a) => new URL(a.href).pathname),
    );
  }

  /** The result items (li). */
  get items(): Locator {
    return this.page.locator(`${RESULTS} > li`);
  }

  /** The text of one field ("date", "kind", "summary") of every result shown. */
  field(name: 'date' | 'kind' | 'summary'): Promise<string[]> {
    return this.page.$$eval(`${RESULTS} [data-r="${name}"]`, (els) => els.map((e) => e.textContent ?? ''));
  }

  status(): Promise<string | null> {
    return this.page.locator('[data-search-status]').textContent();
  }

  /** The number of results the status line announces. */
  async count(): Promise<number> {
    return Number(/^([\d,]+) result/.exec((await this.status()) ?? '')?.[1]?.replace(/,/g, '') ?? 0);
  }

  /** The checkbox of a filter value, e.g. filter('Year', /^2023/). */
  filter(group: string, value: RegExp): Locator {
    return this.page.getByRole('group', { name: group }).getByRole('checkbox', { name: value });
  }

  get sort(): Locator {
    return this.page.getByLabel('Sort by');
  }

  get message(): Locator {
    return this.page.locator('[data-search-message]');
  }
}
