import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { SearchPage } from './pages/search-page';

const site = useBuiltSite();

describe('search from the header', () => {
  it('a query typed in the header of any page shows the right entry first', async () => {
    const search = await SearchPage.open(site, '/topics/energy/');
    await search.headerSearch.fill('Bektenov Baku');
    await search.page.keyboard.press('Enter');
    await expect.poll(() => search.page.url()).toMatch(/\/search\/\?q=Bektenov\+Baku$/);
    await search.settled('Bektenov Baku');
    expect((await search.results())[0]).toBe('/entries/2025-03-03-bektenov-visits-baku/');
    await expect(search.box.inputValue()).resolves.toBe('Bektenov Baku');
  });

  it('"/" focuses the header box on a page, and the search page’s own box there', async () => {
    const search = await SearchPage.open(site, '/entries/2025-03-03-bektenov-visits-baku/');
    await search.page.keyboard.press('/');
    expect(await search.focusedId()).toBe('site-search');
    await search.goto('/search/?q=oil');
    await search.settled('oil');
    await search.page.locator('body').click({ position: { x: 5, y: 400 } });
    await search.page.keyboard.press('/');
    expect(await search.focusedId()).toBe('search-q');
  });

  it('loads no search code on other pages, and Pagefind only on the search page', async () => {
    const search = new SearchPage(await site.page(), site);
    const start = site.server.requests.length;
    await search.goto('/entries/2025-03-03-bektenov-visits-baku/');
    await search.headerSearch.focus();
    await search.page.keyboard.type('oil');
    expect(site.server.requests.slice(start).filter((r) => r.startsWith('/pagefind/') || r.endsWith('.js'))).toEqual(
      [],
    );
    await search.search('oil');
    expect(site.server.requests.slice(start).some((r) => r === '/pagefind/pagefind.js')).toBe(true);
  });
});
