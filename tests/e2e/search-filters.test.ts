import { describe, expect, it } from 'vitest';
import { readDist } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';
import { SearchPage } from './pages/search-page';

const site = useBuiltSite();

/** Entry paths in the site's own chronological order (the JSON export lists entries oldest first). */
function oldestFirst(paths: string[]): string[] {
  const order = (JSON.parse(readDist('entries.json', site.built.outDir)) as { entries: { id: string }[] }).entries.map(
    (e) => `/entries/${e.id}/`,
  );
  return [...paths].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

const searchPage = async () => new SearchPage(await site.page(), site);

describe('filters, sorting and the URL', () => {
  it('a filter narrows the results, its count is shown, and Back undoes it', async () => {
    const search = await searchPage();
    const { page } = search;
    await search.search('oil');
    const before = await search.count();
    const box = search.filter('Year', /^2023 \(\d+\)$/);
    const promised = Number(/\((\d+)\)/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
    await box.check();
    await expect.poll(() => page.url()).toMatch(/[?&]year=2023(&|$)/);
    await search.settled('oil');
    const after = await search.count();
    expect(after).toBeLessThan(before);
    expect(after).toBe(promised);
    const dates = await search.field('date');
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/2023/);

    await page.goBack();
    await expect.poll(() => page.url()).not.toMatch(/year=/);
    await search.settled('oil');
    expect(await search.count()).toBe(before);
    await expect(search.filter('Year', /^2023/).isChecked()).resolves.toBe(false);
  });

  it('the URL restores a search: words, filters and sort order', async () => {
    const search = await searchPage();
    await search.search('Aliyev', '&kind=Visit&sort=oldest');
    await expect(search.box.inputValue()).resolves.toBe('Aliyev');
    await expect(search.filter('Kind', /^Visit/).isChecked()).resolves.toBe(true);
    await expect(search.sort.inputValue()).resolves.toBe('oldest');
    expect(new Set(await search.field('kind'))).toEqual(new Set(['Visit']));
    const paths = await search.results();
    expect(paths.length).toBeGreaterThan(1);
    expect(paths).toEqual(oldestFirst(paths));
  });

  it('sorting by date lists entries newest first and says why other pages are left out', async () => {
    const search = await searchPage();
    await search.search('Aktau');
    expect(await search.results()).toContain('/places/aktau/');
    await search.sort.selectOption('newest');
    await expect.poll(() => search.page.url()).toMatch(/sort=newest/);
    await search.settled('Aktau');
    const paths = await search.results();
    expect(paths.every((p) => p.startsWith('/entries/'))).toBe(true);
    expect(paths.length).toBeGreaterThan(2);
    expect(paths).toEqual(oldestFirst(paths).reverse());
    await expect(search.page.locator('[data-sort-note]').textContent()).resolves.toMatch(/only entries/);
  });

  it('typing searches as you type and keeps one history entry for it', async () => {
    const search = await searchPage();
    const { page } = search;
    await search.goto('/search/');
    await expect.poll(() => search.message.textContent()).toMatch(/For example/);
    await search.box.pressSequentially('Unity', { delay: 30 });
    await search.settled('Unity');
    await expect.poll(() => page.url()).toMatch(/\?q=Unity$/);
    await search.box.pressSequentially('-2025', { delay: 30 });
    await search.settled('Unity-2025');
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\/search\/$/);
  });
});
