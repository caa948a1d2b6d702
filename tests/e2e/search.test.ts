import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { astro, DIST, ROOT } from '../helpers/astro';
import { readDist } from '../helpers/dist';
import { axeViolations } from '../helpers/axe';
import { newPage } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { serveDist, type SiteServer } from '../helpers/server';

const site = useBuiltSite();

const results = '[data-search-results]';

/**
 * Waits until the page shows the results of `q` (typing waits for a pause; a search may
 * be running) and the filters show their counts (drawn just after the first results).
 */
async function settled(page: Page, q: string): Promise<void> {
  await page.waitForFunction(
    ([selector, query]) => {
      const list = document.querySelector(selector!);
      const counted = document.querySelector('[data-filter-groups]')?.hasAttribute('data-counted');
      return list?.getAttribute('data-query') === query && !list.hasAttribute('aria-busy') && counted;
    },
    [results, q.trim()],
  );
}

/** Paths of the results shown, in order (without the highlight parameter). */
const resultPaths = (page: Page) =>
  page.$$eval(`${results} .result-title a`, (as) => (as as HTMLAnchorElement[]).map((a) => new URL(a.href).pathname));

const status = (page: Page) => page.locator('[data-search-status]').textContent();
const countIn = (text: string | null) => Number(/^([\d,]+) result/.exec(text ?? '')?.[1]?.replace(/,/g, '') ?? 0);

/** Entry paths in the site's own chronological order (the JSON export lists entries oldest first). */
function oldestFirst(paths: string[]): string[] {
  const order = (JSON.parse(readDist('entries.json')) as { entries: { id: string }[] }).entries.map(
    (e) => `/entries/${e.id}/`,
  );
  return [...paths].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

async function search(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(q)}${extra}`);
  await settled(page, q);
}

describe('search from the header', () => {
  it('a query typed in the header of any page shows the right entry first', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}/topics/energy/`);
    await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('Bektenov Baku');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/search\/\?q=Bektenov\+Baku$/);
    await settled(page, 'Bektenov Baku');
    expect((await resultPaths(page))[0]).toBe('/entries/2025-03-03-bektenov-visits-baku/');
    await expect(page.getByRole('searchbox', { name: /^Search visits/ }).inputValue()).resolves.toBe('Bektenov Baku');
    await page.context().close();
  });

  it('"/" focuses the header box on a page, and the search page’s own box there', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}/entries/2025-03-03-bektenov-visits-baku/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.goto(`${site.server.url}/search/?q=oil`);
    await settled(page, 'oil');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.context().close();
  });

  it('loads no search code on other pages, and Pagefind only on the search page', async () => {
    const page = await newPage(site.browser);
    const start = site.server.requests.length;
    await page.goto(`${site.server.url}/entries/2025-03-03-bektenov-visits-baku/`);
    await page.getByRole('searchbox', { name: 'Search the timeline' }).focus();
    await page.keyboard.type('oil');
    expect(site.server.requests.slice(start).filter((r) => r.startsWith('/pagefind/') || r.endsWith('.js'))).toEqual(
      [],
    );
    await search(page, 'oil');
    expect(site.server.requests.slice(start).some((r) => r === '/pagefind/pagefind.js')).toBe(true);
    await page.context().close();
  });
});

describe('what a search user types finds the right entry among the first results', () => {
  const cases: [query: string, expected: string][] = [
    ['first Kazakh oil BTC', '/entries/2023-03-first-kazakh-oil-through-btc/'],
    ['Bektenov Baku', '/entries/2025-03-03-bektenov-visits-baku/'],
    ['Unity-2025', '/entries/2025-unity-2025-military-exercises/'],
    ['AZAL crash', '/entries/2024-12-azal-plane-crash-near-aktau/'],
    ['fibre-optic cable', '/entries/2026-fibre-optic-cable-construction-to-begin/'],
    ['Samruk-Kazyna SOCAR', '/entries/2025-10-21-socar-samruk-kazyna-agreement/'],
    ['drone strike CPC', '/entries/2025-02-drone-strike-on-the-cpc/'],
    ['Caspian Sea convention', '/entries/2018-caspian-sea-convention/'],
    ['Middle Corridor roadmap Aktau', '/entries/2022-middle-corridor-roadmap-signed-in-aktau/'],
    ['150,000 barrels', '/entries/2025-H1-kazakh-oil-through-btc-nears-150000-barrels-a-day/'],
    ['Burgas refinery', '/entries/2025-10-socar-negotiates-for-burgas-refinery/'],
  ];
  it.each(cases)('%s → %s', async (query, expected) => {
    const page = await newPage(site.browser);
    await search(page, query);
    expect((await resultPaths(page)).slice(0, 3)).toContain(expected);
    await page.context().close();
  });
});

describe('spelling variants', () => {
  it.each([
    ['Aqtau', '/places/aktau/'],
    ['KazMunayGaz', '/organizations/kazmunaygas/'],
    ['Sumqayit', '/places/sumgayit/'],
    ['Toqaev', '/people/kassym-jomart-tokayev/'],
  ])('"%s" finds %s first', async (query, expected) => {
    const page = await newPage(site.browser);
    await search(page, query);
    expect((await resultPaths(page))[0]).toBe(expected);
    await page.context().close();
  });

  it('an alias also finds the entries that name the entity, though they never show that spelling', async () => {
    const page = await newPage(site.browser);
    await search(page, 'Toqaev');
    const found = await resultPaths(page);
    expect(found).toContain('/entries/2022-tokayev-visits-baku/');
    await page.goto(`${site.server.url}/entries/2022-tokayev-visits-baku/`);
    await expect(page.getByText('Toqaev').count()).resolves.toBe(1);
    await expect(page.getByText('Toqaev').isVisible()).resolves.toBe(false);
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toContain('Toqaev');
    await page.context().close();
  });
});

describe('filters, sorting and the URL', () => {
  it('a filter narrows the results, its count is shown, and Back undoes it', async () => {
    const page = await newPage(site.browser);
    await search(page, 'oil');
    const before = countIn(await status(page));
    const box = page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /^2023 \(\d+\)$/ });
    const promised = Number(/\((\d+)\)/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
    await box.check();
    await expect.poll(() => page.url()).toMatch(/[?&]year=2023(&|$)/);
    await settled(page, 'oil');
    const after = countIn(await status(page));
    expect(after).toBeLessThan(before);
    expect(after).toBe(promised);
    const dates = await page.$$eval(`${results} [data-r="date"]`, (els) => els.map((e) => e.textContent ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/2023/);

    await page.goBack();
    await expect.poll(() => page.url()).not.toMatch(/year=/);
    await settled(page, 'oil');
    expect(countIn(await status(page))).toBe(before);
    await expect(
      page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /^2023/ }).isChecked(),
    ).resolves.toBe(false);
    await page.context().close();
  });

  it('the URL restores a search: words, filters and sort order', async () => {
    const page = await newPage(site.browser);
    await search(page, 'Aliyev', '&kind=Visit&sort=oldest');
    await expect(page.getByRole('searchbox', { name: /^Search visits/ }).inputValue()).resolves.toBe('Aliyev');
    await expect(
      page
        .getByRole('group', { name: 'Kind' })
        .getByRole('checkbox', { name: /^Visit/ })
        .isChecked(),
    ).resolves.toBe(true);
    await expect(page.getByLabel('Sort by').inputValue()).resolves.toBe('oldest');
    const kinds = await page.$$eval(`${results} [data-r="kind"]`, (els) => els.map((e) => e.textContent));
    expect(new Set(kinds)).toEqual(new Set(['Visit']));
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths).toEqual(oldestFirst(paths));
    await page.context().close();
  });

  it('sorting by date lists entries newest first and says why other pages are left out', async () => {
    const page = await newPage(site.browser);
    await search(page, 'Aktau');
    expect(await resultPaths(page)).toContain('/places/aktau/');
    await page.getByLabel('Sort by').selectOption('newest');
    await expect.poll(() => page.url()).toMatch(/sort=newest/);
    await settled(page, 'Aktau');
    const paths = await resultPaths(page);
    expect(paths.every((p) => p.startsWith('/entries/'))).toBe(true);
    expect(paths.length).toBeGreaterThan(2);
    expect(paths).toEqual(oldestFirst(paths).reverse());
    await expect(page.locator('[data-sort-note]').textContent()).resolves.toMatch(/only entries/);
    await page.context().close();
  });

  it('typing searches as you type and keeps one history entry for it', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}/search/`);
    await expect.poll(() => page.locator('[data-search-message]').textContent()).toMatch(/For example/);
    const input = page.getByRole('searchbox', { name: /^Search visits/ });
    await input.pressSequentially('Unity', { delay: 30 });
    await settled(page, 'Unity');
    await expect.poll(() => page.url()).toMatch(/\?q=Unity$/);
    await input.pressSequentially('-2025', { delay: 30 });
    await settled(page, 'Unity-2025');
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\/search\/$/);
    await page.context().close();
  });
});

describe('results', () => {
  it('show date, kind and summary, and link to a matching section of the entry', async () => {
    const page = await newPage(site.browser);
    await search(page, '150,000 barrels');
    const first = page.locator(`${results} > li`).first();
    await expect(first.locator('[data-r="date"]').textContent()).resolves.toBe('first half of 2025');
    await expect(first.locator('[data-r="kind"]').textContent()).resolves.toBe('Event');
    await expect(first.locator('[data-r="summary"]').textContent()).resolves.toMatch(/150,000 barrels a day/);
    const section = first.getByRole('link', { name: 'Figures' });
    await expect(section.getAttribute('href')).resolves.toMatch(/#figures-h$/);
    await section.click();
    await expect.poll(() => page.url()).toMatch(/#figures-h$/);
    await page.context().close();
  });

  it('the opened page highlights the searched words, and only when asked', async () => {
    const page = await newPage(site.browser);
    await search(page, 'Bektenov');
    await page.locator(`${results} .result-title a`).first().click();
    await expect.poll(() => page.url()).toMatch(/pagefind-highlight=bektenov/);
    await page.waitForLoadState('domcontentloaded');
    const marks = await page.$$eval('article mark', (els) => els.map((e) => e.textContent));
    expect(marks.length).toBeGreaterThan(1);
    for (const m of marks) expect(m).toMatch(/^Bektenov/);
    await page.goto(`${site.server.url}/entries/2025-03-03-bektenov-visits-baku/`);
    await expect(page.locator('mark').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('arrow keys move from the box through the results', async () => {
    const page = await newPage(site.browser);
    await search(page, 'oil');
    await page.getByRole('searchbox', { name: /^Search visits/ }).focus();
    await page.keyboard.press('ArrowDown');
    const titles = await resultPaths(page);
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(
      titles[0],
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(
      titles[1],
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.context().close();
  });

  it('"Show more results" adds the next results and moves focus to the first of them', async () => {
    const page = await newPage(site.browser);
    await search(page, 'Kazakhstan');
    const total = countIn(await status(page));
    expect(total).toBeGreaterThan(10);
    await expect(page.locator(`${results} > li`).count()).resolves.toBe(10);
    await page.getByRole('button', { name: /^Show more results/ }).click();
    await expect.poll(() => page.locator(`${results} > li`).count()).toBe(Math.min(20, total));
    const focused = await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
    expect(focused).toBe((await resultPaths(page))[10]);
    await page.context().close();
  });

  it('a nonsense query shows a helpful empty state, announced to screen readers', async () => {
    const page = await newPage(site.browser);
    await search(page, 'qwxzzy', '&kind=Visit');
    await expect(page.getByRole('status').textContent()).resolves.toBe('No results for “qwxzzy” with 1 filter.');
    const message = page.locator('[data-search-message]');
    await expect(message.textContent()).resolves.toMatch(/Nothing matches/);
    await expect(message.getByRole('link', { name: 'the timeline' }).count()).resolves.toBe(1);
    await message.getByRole('button', { name: 'clearing the filters' }).click();
    await expect.poll(() => page.url()).toMatch(/\?q=qwxzzy$/);
    await page.context().close();
  });
});

describe('the index', () => {
  it('holds every entry page once, page 1 of entity pages, and nothing from headers or footers', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}/search/`);
    // A string, so the test runner leaves the browser's own import() alone.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const all = await pagefind.search(null, {});
      const data = await Promise.all(all.results.map((r) => r.data()));
      const footer = await pagefind.search('iCal', {});
      const listed = await pagefind.search('Unity-2025', {});
      return { urls: data.map((d) => d.url), footer: footer.results.length, listed: listed.results.length };
    })()`)) as { urls: string[]; footer: number; listed: number };
    const entries = readdirSync(path.join(DIST, 'entries')).map((id) => `/entries/${id}/`);
    urls.urls = urls.urls.map((u) => new URL(u, site.server.url).pathname);
    const indexed = urls.urls.filter((u) => u.startsWith('/entries/'));
    expect(indexed.sort()).toEqual(entries.sort());
    expect(new Set(urls.urls).size).toBe(urls.urls.length);
    for (const u of urls.urls) expect(u).toMatch(/^\/(entries|topics|people|organizations|places)\/[^/]+\/$/);
    expect(urls.footer).toBe(0);
    // Named in topic, people and place pages' entry lists and in related entries, indexed only in its own entry.
    expect(urls.listed).toBe(1);
    await page.context().close();
  });
});

describe('sections of an entry', () => {
  // The real content plus one entry with Markdown headings: a result links to the section that matched.
  let dir: string;
  let sections: SiteServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kzaz-search-'));
    const content = path.join(dir, 'content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(
      path.join(content, 'entries/2023/2023-03-05-sections-test.mdx'),
      [
        '---',
        'title: An entry with sections',
        'kind: event',
        'date: "2023-03-05"',
        'summary: Used by the search tests.',
        'topics: [energy]',
        'sources: [cpc-2023-strategic-partnership]',
        '---',
        '',
        'Opening words.',
        '',
        '## Background of the route',
        '',
        'The tanker route by way of Qwertyport.',
        '',
        '## What comes next',
        '',
        'More shipments.',
        '',
      ].join('\n'),
    );
    const out = path.join(dir, 'out');
    const built = astro(['build'], { CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(dir, 'cache') });
    if (built.status !== 0) throw new Error(`build with a test entry failed:\n${built.output.slice(-3000)}`);
    sections = await serveDist(out);
  });
  afterAll(async () => {
    await sections?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a match under a heading links to that heading, which the entry page gives an id', async () => {
    const page = await newPage(site.browser);
    await page.goto(`${sections.url}/search/?q=Qwertyport`);
    await settled(page, 'Qwertyport');
    const section = page.locator(`${results} > li`).first().getByRole('link', { name: 'Background of the route' });
    await expect(section.getAttribute('href')).resolves.toMatch(/#background-of-the-route$/);
    await section.click();
    await expect.poll(() => page.url()).toMatch(/#background-of-the-route$/);
    await expect(page.locator('#background-of-the-route').textContent()).resolves.toBe('Background of the route');
    await expect(page.locator('article mark').first().textContent()).resolves.toMatch(/^Qwertyport/);
    await page.context().close();
  });
});

describe('search when it cannot run', () => {
  it('without JavaScript, says search needs it and links the timeline and topics', async () => {
    const page = await newPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/search/?q=oil`);
    const message = page.locator('.search-message').filter({ hasText: 'Search needs JavaScript' });
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'the timeline' }).first().getAttribute('href')).resolves.toBe('/');
    await expect(page.getByRole('link', { name: 'topics' }).first().getAttribute('href')).resolves.toBe('/topics/');
    await page.context().close();
  });

  it('when the index does not load, says so instead of showing nothing', async () => {
    const page = await newPage(site.browser);
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${site.server.url}/search/?q=oil`);
    await expect(page.locator('[data-search-message]').textContent()).resolves.toMatch(/could not load its index/);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it('filters fold away behind a disclosure and still narrow the results', async () => {
    const page = await newPage(site.browser, { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await search(page, 'oil');
    const kind = page.getByRole('group', { name: 'Kind' });
    await expect(kind.isVisible()).resolves.toBe(false);
    await page.locator('[data-filters-panel] > summary').tap();
    await kind.getByRole('checkbox', { name: /^Visit/ }).tap();
    await expect.poll(() => page.url()).toMatch(/kind=Visit/);
    await settled(page, 'oil');
    const kinds = await page.$$eval(`${results} [data-r="kind"]`, (els) => els.map((e) => e.textContent));
    expect(new Set(kinds)).toEqual(new Set(['Visit']));
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('axe on the search page with results, %s theme', (theme) => {
  it('has no WCAG 2.2 AA violations', async () => {
    const page = await newPage(site.browser, { colorScheme: theme });
    await search(page, 'oil', '&kind=Event');
    expect(await page.locator(`${results} > li`).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
