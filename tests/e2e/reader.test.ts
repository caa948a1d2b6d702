import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

describe('a reader on the timeline', () => {
  it('reaches an entry from the timeline, then its topic and a person, and back', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}/`);
    await page.getByRole('link', { name: 'Kazakh Prime Minister Olzhas Bektenov visits Baku' }).click();
    await expect.poll(() => page.url()).toMatch(/\/entries\/2025-03-03-bektenov-visits-baku\/$/);
    await page.waitForLoadState('domcontentloaded');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Kazakh Prime Minister Olzhas Bektenov visits Baku',
    );
    await expect(page.locator('article time').first().textContent()).resolves.toBe('3 March 2025');

    await page.getByRole('complementary').getByRole('link', { name: 'Digital connectivity' }).click();
    await expect.poll(() => page.url()).toMatch(/\/topics\/digital\/$/);
    // The address changes before the topic page has loaded: wait for its list.
    await expect
      .poll(() => page.getByRole('link', { name: 'Kazakh Prime Minister Olzhas Bektenov visits Baku' }).count())
      .toBe(1);

    await page.goBack();
    await page.getByRole('complementary').getByRole('link', { name: 'Olzhas Bektenov' }).first().click();
    await expect.poll(() => page.url()).toMatch(/\/people\/olzhas-bektenov\/$/);
    await expect.poll(() => page.getByText('Prime Minister of Kazakhstan').count()).toBeGreaterThan(0);
  });

  it('shows planned items in "Ahead", apart from what happened', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}/`);
    const ahead = page.getByRole('region', { name: 'Ahead: planned and expected' });
    const planned = 'a[href="/entries/2027-seven-million-tonnes-of-kazakh-oil-through-btc/"]';
    await expect(ahead.locator(planned).count()).resolves.toBe(1);
    await expect(ahead.getByText('Planned', { exact: true }).count()).resolves.toBeGreaterThan(0);
    const happened = page.locator('section[aria-labelledby^="y"]');
    await expect(happened.locator(planned).count()).resolves.toBe(0);
    await expect(happened.locator('a[href="/entries/2025-03-03-bektenov-visits-baku/"]').count()).resolves.toBe(1);
  });

  it('moves to the previous and next entry in time', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}/entries/2025-03-03-bektenov-visits-baku/`);
    const nav = page.getByRole('navigation', { name: 'Previous and next in time' });
    const nextTitle = (await nav.locator('a[rel="next"]').textContent())!.replace(/^Later: | →$/g, '').trim();
    await nav.locator('a[rel="next"]').click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(nextTitle);
    await page.getByRole('navigation', { name: 'Previous and next in time' }).locator('a[rel="prev"]').click();
    await expect.poll(() => page.url()).toMatch(/2025-03-03-bektenov-visits-baku\/$/);
  });

  it('serves a 404 page for an unknown address', async () => {
    const page = await site.page();
    const response = await page.goto(`${site.server.url}/no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
  });
});
