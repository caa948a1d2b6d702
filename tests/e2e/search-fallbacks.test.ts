import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useBuiltSite } from '../helpers/site';
import { SearchPage } from './pages/search-page';

const site = useBuiltSite();

describe('search when it cannot run', () => {
  it('without JavaScript, says search needs it and links the timeline and topics', async () => {
    const { page } = await SearchPage.open(site, '/search/?q=oil', { javaScriptEnabled: false });
    const message = page.locator('.search-message').filter({ hasText: 'Search needs JavaScript' });
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'the timeline' }).first().getAttribute('href')).resolves.toBe('/');
    await expect(page.getByRole('link', { name: 'topics' }).first().getAttribute('href')).resolves.toBe('/topics/');
  });

  it('when the index does not load, says so instead of showing nothing', async () => {
    const search = new SearchPage(await site.page(), site);
    await search.page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await search.goto('/search/?q=oil');
    // The message follows the failed import: wait for it rather than reading the page at once.
    await expect.poll(() => search.message.textContent()).toMatch(/could not load its index/);
  });
});

describe('on a phone', () => {
  it('filters fold away behind a disclosure and still narrow the results', async () => {
    const search = new SearchPage(
      await site.page({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }),
      site,
    );
    await search.search('oil');
    const kind = search.page.getByRole('group', { name: 'Kind' });
    await expect(kind.isVisible()).resolves.toBe(false);
    await search.page.locator('[data-filters-panel] > summary').tap();
    await search.filter('Kind', /^Visit/).tap();
    await expect.poll(() => search.page.url()).toMatch(/kind=Visit/);
    await search.settled('oil');
    expect(new Set(await search.field('kind'))).toEqual(new Set(['Visit']));
  });
});

describe.each(['light', 'dark'] as const)('axe on the search page with results, %s theme', (theme) => {
  it('has no WCAG 2.2 AA violations', async () => {
    const search = new SearchPage(await site.page({ colorScheme: theme }), site);
    await search.search('oil', '&kind=Event');
    expect(await search.items.count()).toBeGreaterThan(0);
    expect(await axeViolations(search.page)).toEqual([]);
  });
});
