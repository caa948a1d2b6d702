/** Search on a project site under /kz-az/: results link under the prefix and open the right pages. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { SearchPage } from './pages/search-page';

const site = useBuiltSite('prefixed');

describe('search under a base path', () => {
  it('finds the entry, links it under the prefix, and the link opens that entry', async () => {
    const search = new SearchPage(await site.page(), site);
    await search.search('Bektenov Baku');
    const results = await search.results();
    expect(results[0]).toBe('/kz-az/entries/2025-03-03-bektenov-visits-baku/');
    expect(results.filter((r) => !r.startsWith('/kz-az/'))).toEqual([]);
    await search.page.locator('[data-search-results] .result-title a').first().click();
    await search.page.waitForURL(/\/kz-az\/entries\/2025-03-03-bektenov-visits-baku\//);
    await expect(search.page.locator('h1').textContent()).resolves.toMatch(/Bektenov/);
  });

  it('fetches only from under the prefix', async () => {
    const search = new SearchPage(await site.page(), site);
    const start = site.server.requests.length;
    await search.search('oil');
    const requested = site.server.requests.slice(start);
    expect(requested.some((r) => r.startsWith('/kz-az/pagefind/'))).toBe(true);
    expect(requested.filter((r) => !r.startsWith('/kz-az/'))).toEqual([]);
  });
});
