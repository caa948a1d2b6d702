import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/check/load-content';
import { paths } from '../../src/lib/urls/paths';
import { parseDateSpec } from '../../src/primitives/dates';
import { ROOT } from '../helpers/astro';
import { countLinks, htmlPages } from '../helpers/html';
import { builtSite } from '../helpers/sites';

interface Data {
  draft?: boolean;
  date: string;
  status?: string;
  topics: string[];
  people?: string[];
  places?: string[];
}
const entries = loadContent(ROOT)
  .files.filter((f) => f.collection === 'entries')
  .map((f) => ({ id: f.id, data: f.data as Data }))
  .filter((e) => e.data.draft !== true);
const DIST = builtSite('main').outDir;
const pages = htmlPages(DIST);
/** Links to an entry across every page under a path prefix (all pages of a paginated list). */
const linksUnder = (prefix: string, href: string) =>
  pages.filter((p) => p.url.startsWith(prefix)).reduce((n, p) => n + countLinks(p.html, href), 0);
const read = (rel: string) => readFileSync(path.join(DIST, rel), 'utf8');

describe('every entry appears exactly once', () => {
  it('in the year pages', () => {
    for (const e of entries) {
      const year = parseDateSpec(e.data.date).start.getUTCFullYear();
      expect(linksUnder(paths.year(year), paths.entry(e.id)), e.id).toBe(1);
    }
    expect(entries.reduce((n, e) => n + linksUnder('/years/', paths.entry(e.id)), 0)).toBe(entries.length);
  });

  it('in the list of each of its topics, people and places', () => {
    for (const e of entries) {
      for (const t of e.data.topics) expect(linksUnder(paths.topic(t), paths.entry(e.id)), `${e.id} in ${t}`).toBe(1);
      for (const p of e.data.people ?? [])
        expect(linksUnder(paths.person(p), paths.entry(e.id)), `${e.id} in ${p}`).toBe(1);
      for (const p of e.data.places ?? [])
        expect(linksUnder(paths.place(p), paths.entry(e.id)), `${e.id} in ${p}`).toBe(1);
    }
  });

  it('in the JSON and CSV exports', () => {
    const json = JSON.parse(read('entries.json')) as { entries: { id: string }[] };
    expect(json.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    const csv = read('entries.csv').trim().split('\r\n').slice(1);
    expect(csv.map((line) => line.split(',')[0]).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('in the calendar when dated to the day, and in the RSS feed when among the latest that happened', () => {
    const ics = read('calendar.ics');
    for (const e of entries) {
      const day = parseDateSpec(e.data.date).precision === 'day';
      expect(ics.split(`UID:${e.id}@`).length - 1, e.id).toBe(day ? 1 : 0);
    }
    const rss = read('rss.xml');
    const happened = entries.filter((e) => e.data.status !== 'planned');
    for (const e of happened.slice(0, 50))
      expect(rss.split(`${paths.entry(e.id)}</link>`).length - 1, e.id).toBeLessThanOrEqual(1);
    expect(rss.split('<item>').length - 1).toBe(Math.min(50, happened.length));
  });

  it('in the search index, once per entry page', () => {
    const withBody = pages.filter((p) => /data-pagefind-body/.test(p.html));
    const entryPages = withBody.filter((p) => p.url.startsWith('/entries/'));
    expect(entryPages.map((p) => p.url).sort()).toEqual(entries.map((e) => paths.entry(e.id)).sort());
    const meta = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(meta.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toBe(withBody.length);
  });
});
