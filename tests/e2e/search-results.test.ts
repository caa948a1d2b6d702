import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { RESULTS, SearchPage } from './pages/search-page';

const site = useBuiltSite();

const searchPage = async () => new SearchPage(await site.page(), site);

describe('results', () => {
  it('show date, kind and summary, and link to a matching section of the entry', async () => {
    const search = await searchPage();
    await search.search('150,000 barrels');
    const first = search.items.first();
    await expect(first.locator('[data-r="date"]').textContent()).resolves.toBe('first half of 2025');
    await expect(first.locator('[data-r="kind"]').textContent()).resolves.toBe('Event');
    await expect(first.locator('[data-r="summary"]').textContent()).resolves.toMatch(/150,000 barrels a day/);
    const section = first.getByRole('link', { name: 'Figures' });
    await expect(section.getAttribute('href')).resolves.toMatch(/#figures-h$/);
    await section.click();
    await expect.poll(() => search.page.url()).toMatch(/#figures-h$/);
  });

  it('the opened page highlights the searched words, and only when asked', async () => {
    const search = await searchPage();
    const { page } = search;
    await search.search('Bektenov');
    await page.locator(`${RESULTS} .result-title a`).first().click();
    await expect.poll(() => page.url()).toMatch(/pagefind-highlight=bektenov/);
    await page.waitForLoadState('domcontentloaded');
    const marks = await page.$$eval('article mark', (els) => els.map((e) => e.textContent));
    expect(marks.length).toBeGreaterThan(1);
    for (const m of marks) expect(m).toMatch(/^Bektenov/);
    await search.goto('/entries/2025-03-03-bektenov-visits-baku/');
    await expect(page.locator('mark').count()).resolves.toBe(0);
  });

  it('arrow keys move from the box through the results', async () => {
    const search = await searchPage();
    await search.search('oil');
    await search.box.focus();
    await search.page.keyboard.press('ArrowDown');
    const titles = await search.results();
    expect(await search.focusedLinkPath()).toBe(titles[0]);
    await search.page.keyboard.press('ArrowDown');
    expect(await search.focusedLinkPath()).toBe(titles[1]);
    await search.page.keyboard.press('ArrowUp');
    await search.page.keyboard.press('ArrowUp');
    expect(await search.focusedId()).toBe('search-q');
  });

  it('"Show more results" adds the next results and moves focus to the first of them', async () => {
    const search = await searchPage();
    await search.search('Kazakhstan');
    const total = await search.count();
    expect(total).toBeGreaterThan(10);
    await expect(search.items.count()).resolves.toBe(10);
    await search.page.getByRole('button', { name: /^Show more results/ }).click();
    await expect.poll(() => search.items.count()).toBe(Math.min(20, total));
    expect(await search.focusedLinkPath()).toBe((await search.results())[10]);
  });

  it('a nonsense query shows a helpful empty state, announced to screen readers', async () => {
    const search = await searchPage();
    await search.search('qwxzzy', '&kind=Visit');
    await expect(search.page.getByRole('status').textContent()).resolves.toBe('No results for “qwxzzy” with 1 filter.');
    const { message } = search;
    await expect(message.textContent()).resolves.toMatch(/Nothing matches/);
    await expect(message.getByRole('link', { name: 'the timeline' }).count()).resolves.toBe(1);
    await message.getByRole('button', { name: 'clearing the filters' }).click();
    await expect.poll(() => search.page.url()).toMatch(/\?q=qwxzzy$/);
  });
});
