import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

describe('theme', () => {
  it('the toggle switches theme, and the choice persists across pages and reloads', async () => {
    const page = await site.page({ colorScheme: 'light' });
    await page.goto(`${site.server.url}/`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 24)');
    await page.goto(`${site.server.url}/topics/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Light theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });
});

describe('without JavaScript', () => {
  it('the timeline, an entry and a topic page show their content and links work', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/cited timeline/);
    await page.getByRole('link', { name: 'Kazakh Prime Minister Olzhas Bektenov visits Baku' }).click();
    await expect(page.getByRole('heading', { name: 'Figures' }).count()).resolves.toBe(1);
    await page.getByRole('complementary').getByRole('link', { name: 'Energy' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Energy');
    // The theme toggle needs JavaScript, so it stays hidden rather than broken.
    await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
  });

  it('the header search box still submits to the search page', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/topics/`);
    await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('Aktau');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/search\/\?q=Aktau$/);
  });
});

describe('without JavaScript, in another language', () => {
  it('an entry in Russian, the language switcher to the same entry in Kazakh, and its search box', async () => {
    const entry = 'entries/2025-03-03-bektenov-visits-baku/';
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/ru/${entry}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.getByRole('heading', { name: 'Источники' }).count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Қазақша' }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/kk/${entry}`);
    await expect(page.getByRole('heading', { name: 'Дереккөздер' }).count()).resolves.toBe(1);
    await page.getByRole('searchbox', { name: 'Хроникадан іздеу' }).fill('Ақтау');
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/\/kk\/search\/\?q=Ақтау$/);
  });
});

describe('keyboard', () => {
  it('Tab reaches every link on the home page, starting with the skip link', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}/`);
    const links = await page.$$eval('a[href]', (as) =>
      (as as HTMLAnchorElement[])
        .filter((a) => a.offsetParent !== null || a.classList.contains('skip-link'))
        .map((a) => a.href),
    );
    // Every element the keyboard focuses, noted by the page itself (one round trip a key, not two).
    await page.evaluate(() => {
      const w = window as unknown as { reached: string[] };
      w.reached = [];
      document.addEventListener('focusin', (e) => w.reached.push((e.target as HTMLAnchorElement).href ?? ''));
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    for (let i = 0; i < links.length + 20; i++) await page.keyboard.press('Tab');
    const reached = new Set(await page.evaluate(() => (window as unknown as { reached: string[] }).reached));
    expect(links.filter((l) => !reached.has(l))).toEqual([]);
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}/entries/2025-03-03-bektenov-visits-baku/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
