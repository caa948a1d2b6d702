/**
 * axe (WCAG 2.2 AA) on one URL of every page type of the reader's site, in one theme.
 * Each theme is its own test file (a11y-light, a11y-dark), so that the two run side by side.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, preloadAxe } from '../helpers/axe';
import { PUBLISHED } from '../helpers/fixture-site';
import { useBuiltSite, type UsedSite } from '../helpers/site';

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

/** An entry with a Russian translation: translated text in lang="ru", the "translated from" note. */
const TRANSLATED_ENTRY = '/ru/entries/2023-03-27-second-batch-of-kazakh-oil-through-btc/';

/**
 * The same page types in the other languages (issue #16), by the theme they are checked
 * in: every type in Russian (dark), and the ones whose chrome differs most (timeline,
 * entry, entity, search, 404) in Kazakh and Azerbaijani (light). A language changes the
 * words, not the colours, which every page type shows in both themes in English; so each
 * localized page is checked once, and the pieces only localized pages have (the
 * untranslated notice, the translation note) in both themes.
 */
export const LOCALIZED_PAGES: Record<'light' | 'dark', string[]> = {
  dark: [
    ...PAGES.filter((u) => u !== '/no-such-page/').map((u) => `/ru${u}`),
    '/ru/search/?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2',
    TRANSLATED_ENTRY,
    '/ru/404/',
  ],
  light: [
    TRANSLATED_ENTRY,
    ...['kk', 'az'].flatMap((l) => [
      `/${l}/`,
      `/${l}/entries/2025-03-03-bektenov-visits-baku/`,
      `/${l}/people/kassym-jomart-tokayev/`,
      `/${l}/places/`,
      `/${l}/search/?q=Aktau`,
      `/${l}/404/`,
    ]),
  ],
};

export function axeEveryPageType(theme: 'light' | 'dark'): void {
  const sites = { main: useBuiltSite(), fixtures: useBuiltSite('fixtures') };
  const cases = [
    ...[...PAGES, ...LOCALIZED_PAGES[theme]].map((url) => ({ site: 'main' as const, url })),
    ...FIXTURE_PAGES.map((url) => ({ site: 'fixtures' as const, url })),
  ];
  const preloaded = new WeakSet<Page>();
  const pageOf = async (site: UsedSite) => {
    const page = await site.sharedPage({ colorScheme: theme });
    if (!preloaded.has(page)) {
      preloaded.add(page);
      await preloadAxe(page);
    }
    return page;
  };
  describe(`axe, WCAG 2.2 AA, ${theme} theme`, () => {
    it.each(cases)('$site: $url has no violations', async ({ site: name, url }) => {
      const site = sites[name];
      // One page per site for the file, with axe loaded into every document it opens: a
      // new context and axe compiled again for every URL took longer than axe's run itself.
      const page = await pageOf(site);
      await page.goto(`${site.server.url}${url}`);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
