/**
 * axe (WCAG 2.2 AA) on one URL of every page type of the reader's site, in one theme.
 * Each theme is its own test file (a11y-light, a11y-dark), so that the two run side by side.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { PUBLISHED } from '../helpers/fixture-site';
import { useBuiltSite } from '../helpers/site';

/** One URL per page type of the reader's site. */
export const PAGES = [
  '/',
  '/oldest-first/',
  '/ahead/',
  '/entries/2025-03-03-bektenov-visits-baku/',
  '/entries/2024-bilateral-trade-turnover/',
  '/entries/2025-10-21-socar-samruk-kazyna-agreement/',
  '/topics/',
  '/topics/energy/',
  '/people/',
  '/people/ilham-aliyev/',
  '/organizations/',
  '/organizations/socar/',
  '/places/',
  '/places/aktau/',
  '/years/',
  '/years/2025/',
  '/kinds/visit/',
  '/agreements/',
  '/sources/',
  '/data/',
  '/data/trade-turnover/',
  '/map/',
  '/about/',
  '/changes/',
  '/no-such-page/',
];

/** Page types only the fixtures site has: an entry with corrections, and /changes/ without a git history. */
export const FIXTURE_PAGES = [`/entries/${PUBLISHED}/`, '/changes/'];

/**
 * The same page types in the other languages (issue #16): every type in Russian, and the
 * ones whose chrome differs most (timeline, entry, entity, search, 404) in Kazakh and Azerbaijani.
 */
export const LOCALIZED_PAGES = [
  ...PAGES.filter((u) => u !== '/no-such-page/').map((u) => `/ru${u}`),
  '/ru/search/?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2',
  // An entry with a Russian translation: translated text in lang="ru", the "translated from" note.
  '/ru/entries/2023-03-27-second-batch-of-kazakh-oil-through-btc/',
  '/ru/404/',
  ...['kk', 'az'].flatMap((l) => [
    `/${l}/`,
    `/${l}/entries/2025-03-03-bektenov-visits-baku/`,
    `/${l}/people/kassym-jomart-tokayev/`,
    `/${l}/places/`,
    `/${l}/search/?q=Aktau`,
    `/${l}/404/`,
  ]),
];

export function axeEveryPageType(theme: 'light' | 'dark'): void {
  const sites = { main: useBuiltSite(), fixtures: useBuiltSite('fixtures') };
  const cases = [
    ...[...PAGES, ...LOCALIZED_PAGES].map((url) => ({ site: 'main' as const, url })),
    ...FIXTURE_PAGES.map((url) => ({ site: 'fixtures' as const, url })),
  ];
  describe(`axe, WCAG 2.2 AA, ${theme} theme`, () => {
    it.each(cases)('$site: $url has no violations', async ({ site: name, url }) => {
      const site = sites[name];
      // One page per site for the file: a new context and axe compiled again for every URL
      // took longer than axe's run itself.
      const page = await site.sharedPage({ colorScheme: theme });
      await page.goto(`${site.server.url}${url}`);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
