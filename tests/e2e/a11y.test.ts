import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';

/** One URL per page type of the reader's site. */
const PAGES = [
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
  '/about/',
  '/no-such-page/',
];

const site = useBuiltSite();

describe.each(['light', 'dark'] as const)('axe, WCAG 2.2 AA, %s theme', (theme) => {
  it.each(PAGES)('%s has no violations', async (url) => {
    const page = await site.page({ colorScheme: theme });
    await page.goto(`${site.server.url}${url}`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
  });
});
