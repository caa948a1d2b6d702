import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite();

describe('the index', () => {
  it('holds every entry page once, page 1 of entity pages, and nothing from headers or footers', async () => {
    const page = await site.page();
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
    // The entry pages: folders (beside them are the citation downloads, <id>.bib, .ris, .json).
    const entries = readdirSync(path.join(site.built.outDir, 'entries'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/entries/${d.name}/`);
    urls.urls = urls.urls.map((u) => new URL(u, site.server.url).pathname);
    const indexed = urls.urls.filter((u) => u.startsWith('/entries/'));
    expect(indexed.sort()).toEqual(entries.sort());
    expect(new Set(urls.urls).size).toBe(urls.urls.length);
    for (const u of urls.urls) expect(u).toMatch(/^\/(entries|topics|people|organizations|places)\/[^/]+\/$/);
    expect(urls.footer).toBe(0);
    // Named in topic, people and place pages' entry lists and in related entries, indexed only in its own entry.
    expect(urls.listed).toBe(1);
  });
});
