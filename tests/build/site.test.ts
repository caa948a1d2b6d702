import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/check/load-content';
import { ROOT } from '../helpers/astro';
import { readDist } from '../helpers/dist';
import { builtSite } from '../helpers/sites';

const entries = loadContent(ROOT).files.filter((f) => f.collection === 'entries');
const DIST = builtSite('main').outDir;
const published = entries.filter((f) => (f.data as { draft?: boolean }).draft !== true);

describe('the built site', () => {
  it('has a page for every published entry', () => {
    expect(published.length).toBeGreaterThan(0);
    for (const e of published) expect(existsSync(path.join(DIST, 'entries', e.id, 'index.html')), e.id).toBe(true);
  });

  it('renders GFM footnotes as links to the notes', () => {
    const html = readDist('entries/2025-03-03-bektenov-visits-baku/index.html', DIST);
    expect(html).toMatch(/<section[^>]*data-footnotes/);
    expect(html).toMatch(/href="#user-content-fn-cpc"/);
  });

  it('writes a Pagefind index from the build', () => {
    expect(existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
