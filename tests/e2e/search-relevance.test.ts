import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { SearchPage } from './pages/search-page';

const site = useBuiltSite();

/**
 * The results of `query` on the search page at `at`: opened with ?q= (as from a shared
 * link) the first time, then typed into its box (as a reader searches again), which spares
 * loading the page and Pagefind for every query.
 */
async function resultsFor(query: string, at = '/search/'): Promise<string[]> {
  const search = new SearchPage(await site.sharedPage(), site);
  if (search.path().split('?')[0] === at) await search.searchAgain(query);
  else await search.search(query, '', at);
  return search.results();
}

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
    expect((await resultsFor(query)).slice(0, 3)).toContain(expected);
  });
});

/** Issue #16: a reader who types a name in Cyrillic or Azerbaijani Latin, or spells it another common way. */
export const NAMES_IN_ANY_SCRIPT: [query: string, expected: string][] = [
  ['Токаев', '/people/kassym-jomart-tokayev/'],
  ['Алиев', '/people/ilham-aliyev/'],
  ['Ақтау', '/places/aktau/'],
  ['Астана', '/places/astana/'],
  ['Əliyev', '/people/ilham-aliyev/'],
  ['Tokaev', '/people/kassym-jomart-tokayev/'],
  ['KazMunaiGas', '/organizations/kazmunaygas/'],
  ['fiber optic', '/entries/2026-fibre-optic-cable-construction-to-begin/'],
];

describe('names in any script, and US or UK spelling, find the right page among the first five', () => {
  it.each(NAMES_IN_ANY_SCRIPT)('%s → %s', async (query, expected) => {
    expect((await resultsFor(query)).slice(0, 5)).toContain(expected);
  });

  it('a name in Russian also finds the entries that name the person, though they never show it', async () => {
    expect(await resultsFor('Токаев')).toContain('/entries/2022-tokayev-visits-baku/');
  });

  it('"fiber" finds as many pages as "fibre"', async () => {
    const fibre = await resultsFor('fibre');
    expect(fibre.length).toBeGreaterThan(1);
    expect(new Set(await resultsFor('fiber'))).toEqual(new Set(fibre));
  });
});

describe('from the Russian search page, the same searches find the same pages in Russian', () => {
  it.each(NAMES_IN_ANY_SCRIPT)('%s → /ru%s', async (query, expected) => {
    expect((await resultsFor(query, '/ru/search/')).slice(0, 5)).toContain(`/ru${expected}`);
  });

  it('lists only Russian pages, and says so in Russian', async () => {
    const search = new SearchPage(await site.page(), site);
    await search.search('Токаев', '', '/ru/search/');
    const results = await search.results();
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.startsWith('/ru/'))).toBe(true);
    expect(await search.status()).toMatch(/^\d+ результат(а|ов)? по запросу «Токаев»\.$/);
  });
});

describe('spelling variants', () => {
  it.each([
    ['Aqtau', '/places/aktau/'],
    ['KazMunayGaz', '/organizations/kazmunaygas/'],
    ['Sumqayit', '/places/sumgayit/'],
    ['Toqaev', '/people/kassym-jomart-tokayev/'],
  ])('"%s" finds %s first', async (query, expected) => {
    expect((await resultsFor(query))[0]).toBe(expected);
  });

  it('an alias also finds the entries that name the entity, though they never show that spelling', async () => {
    const search = new SearchPage(await site.page(), site);
    await search.search('Toqaev');
    expect(await search.results()).toContain('/entries/2022-tokayev-visits-baku/');
    const { page } = search;
    await search.goto('/entries/2022-tokayev-visits-baku/');
    await expect(page.getByText('Toqaev').count()).resolves.toBe(1);
    await expect(page.getByText('Toqaev').isVisible()).resolves.toBe(false);
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toContain('Toqaev');
  });
});
