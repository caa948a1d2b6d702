/**
 * A project site (SITE_URL=https://example.org BASE_PATH=/kz-az/): every URL the site
 * writes carries the prefix, and every internal link and anchor resolves under it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, idsIn, linksIn } from '../helpers/html';
import { builtSite } from '../helpers/sites';

const site = builtSite('prefixed');
const OUT = site.outDir;
const BASE = '/kz-az/';
const ORIGIN = 'https://example.org';
const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8');

/** The built file a path under the prefix is served from. */
function fileOf(urlPath: string): string | undefined {
  if (!urlPath.startsWith(BASE)) return undefined;
  const file = path.join(OUT, decodeURIComponent(urlPath.slice(BASE.length)));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe('a build for a project site under /kz-az/', () => {
  const pages = htmlPages(OUT).map((p) => ({ ...p, url: `${BASE}${p.url.slice(1)}` }));

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
    expect(pages.length).toBeGreaterThan(50);
  });

  it('writes no link from the root without the prefix, and every internal link and anchor resolves', () => {
    const unprefixed: string[] = [];
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksIn(page.html)) {
        if (/^(https?:|mailto:|data:)/.test(link) || link === '' || link.startsWith('#')) continue;
        if (link.startsWith('/') && !link.startsWith(BASE)) unprefixed.push(`${page.url} → ${link}`);
        const url = new URL(link, `http://site${page.url}`);
        const file = fileOf(url.pathname);
        if (!file) broken.push(`${page.url} → ${link}`);
        else if (url.hash && file.endsWith('.html') && !idsIn(readFileSync(file, 'utf8')).has(url.hash.slice(1)))
          broken.push(`${page.url} → ${link} (no such anchor)`);
      }
    }
    expect(unprefixed).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('puts canonical and feed addresses under the origin and the prefix', () => {
    const home = read('index.html');
    expect(home).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}">`);
    expect(home).toContain(`href="${BASE}rss.xml"`);
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((l) => !l.startsWith(`${ORIGIN}${BASE}`))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
    const rssLinks = [...read('rss.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(rssLinks.filter((l) => !l.startsWith(`${ORIGIN}${BASE}`))).toEqual([]);
    const json = JSON.parse(read('entries.json')) as { entries: { url: string }[] };
    expect(json.entries.filter((e) => !e.url.startsWith(`${ORIGIN}${BASE}entries/`))).toEqual([]);
    expect(read('entries.csv')).toContain(`,${ORIGIN}${BASE}entries/`);
    expect(read('calendar.ics')).toContain(`URL:${ORIGIN}${BASE}entries/`);
  });

  it('links between entries written from the root in an entry body get the prefix', () => {
    const page = read('entries/2023-04-10-aliyev-meets-tokayev-in-astana/index.html');
    expect(page).toContain(`href="${BASE}entries/2022-middle-corridor-freight-rises/"`);
  });

  it('loads the search bundle from under the prefix', () => {
    const search = read('search/index.html');
    const script = /src="([^"]+\.js)"/.exec(search)?.[1];
    expect(script?.startsWith(`${BASE}_astro/`), script).toBe(true);
    expect(read(script!.slice(BASE.length))).toContain(BASE);
  });
});
