import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { SearchPage } from './pages/search-page';

// The fixtures site has an entry with Markdown headings (tests/helpers/fixture-site.ts):
// a result links to the section that matched.
const fixtures = useBuiltSite('fixtures');

describe('sections of an entry', () => {
  it('a match under a heading links to that heading, which the entry page gives an id', async () => {
    const search = new SearchPage(await fixtures.page(), fixtures);
    const { page } = search;
    await search.search('Qwertyport');
    const section = search.items.first().getByRole('link', { name: 'Background of the route' });
    await expect(section.getAttribute('href')).resolves.toMatch(/#background-of-the-route$/);
    await section.click();
    await expect.poll(() => page.url()).toMatch(/#background-of-the-route$/);
    await expect(page.locator('#background-of-the-route').textContent()).resolves.toBe('Background of the route');
    await expect(page.locator('article mark').first().textContent()).resolves.toMatch(/^Qwertyport/);
  });
});
