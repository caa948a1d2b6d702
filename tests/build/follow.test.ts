/**
 * Following an entity: every topic, person, organisation and place has an RSS feed and a
 * calendar of its own, linked from its page (in <head> and visibly), holding exactly the
 * entries its page lists — read with a real XML parser and with ical.js.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/check/load-content';
import { ENTITY_COLLECTIONS, type EntityCollection } from '../../src/collections';
import { paths } from '../../src/lib/urls/paths';
import { parseDateSpec } from '../../src/primitives/dates';
import { ROOT } from '../helpers/astro';
import { htmlPages } from '../helpers/html';
import { builtSite } from '../helpers/sites';

const DIST = builtSite('main').outDir;
const pages = htmlPages(DIST);
const content = loadContent(ROOT).files;
const entities = content
  .filter((f): f is typeof f & { collection: EntityCollection } =>
    (ENTITY_COLLECTIONS as readonly string[]).includes(f.collection),
  )
  .map((f) => ({ collection: f.collection, id: f.id }));
const entryData = new Map(
  content
    .filter((f) => f.collection === 'entries')
    .map((f) => [f.id, f.data as { date: string; status?: string; draft?: boolean }]),
);

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
}
function readFeed(file: string) {
  const doc = xml.parse(readFileSync(path.join(DIST, file), 'utf8')) as {
    rss: { channel: { title: string; link: string; item?: RssItem[] } };
  };
  return doc.rss.channel;
}
function readCalendar(file: string) {
  const cal = new ICAL.Component(ICAL.parse(readFileSync(path.join(DIST, file), 'utf8')));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** The entry ids an entity's page lists, over all its pages, in the page's order (oldest first). */
function listedOnPage(collection: EntityCollection, id: string): string[] {
  const prefix = paths.entity(collection, id);
  const own = pages
    .filter((p) => p.url === prefix || new RegExp(`^${prefix}\\d+/$`).test(p.url))
    .sort((a, b) => a.url.length - b.url.length || a.url.localeCompare(b.url, 'en', { numeric: true }));
  return own.flatMap((p) => {
    const section = /<section[^>]*aria-labelledby="entries-h"[\s\S]*?<\/section>/.exec(p.html)?.[0] ?? '';
    return [...new Set([...section.matchAll(/href="\/entries\/([^/"]+)\/"/g)].map((m) => m[1]!))];
  });
}

/** The built file an absolute link of the site points at. */
function existsInDist(link: string): boolean {
  const file = path.join(DIST, decodeURIComponent(new URL(link).pathname));
  return (existsSync(file) && statSync(file).isFile()) || existsSync(path.join(file, 'index.html'));
}

describe('following an entity', () => {
  it('covers every entity of the content', () => {
    expect(entities.length).toBeGreaterThan(20);
    for (const c of ENTITY_COLLECTIONS)
      expect(
        entities.some((e) => e.collection === c),
        c,
      ).toBe(true);
    // The page lists are read right: most entities have entries (a few places are only on the map).
    expect(entities.filter((e) => listedOnPage(e.collection, e.id).length > 0).length).toBeGreaterThan(
      entities.length * 0.8,
    );
  });

  it.each(entities)(
    '$collection/$id: the feed holds exactly its latest entries that happened',
    ({ collection, id }) => {
      const listed = listedOnPage(collection, id);
      const expected = listed
        .filter((e) => entryData.get(e)?.status !== 'planned')
        .slice(-50)
        .reverse();
      const channel = readFeed(paths.entityFeed(collection, id));
      const items = channel.item ?? [];
      const ids = items.map((i) => /\/entries\/([^/]+)\/$/.exec(i.link)?.[1]);
      expect(ids).toEqual(expected);
      for (const item of items) {
        expect(item.link).toMatch(/^https?:\/\//);
        expect(existsInDist(item.link), item.link).toBe(true);
        expect(item.guid['#text']).toBe(item.link);
      }
      expect(new URL(channel.link).pathname).toBe(paths.entity(collection, id));
    },
  );

  it.each(entities)(
    '$collection/$id: the calendar holds exactly its entries dated to the day',
    ({ collection, id }) => {
      const listed = listedOnPage(collection, id);
      const expected = listed.filter((e) => parseDateSpec(entryData.get(e)!.date).precision === 'day');
      const events = readCalendar(paths.entityCalendar(collection, id));
      expect(events.map((e) => e.uid.replace(/@.*$/, '')).sort()).toEqual([...expected].sort());
      for (const e of events) {
        expect(e.startDate.isDate, `${e.uid} is an all-day event`).toBe(true);
        const url = String(e.component.getFirstPropertyValue('url'));
        expect(existsInDist(url), url).toBe(true);
      }
    },
  );

  it.each(entities)(
    '$collection/$id: the page links its feed and calendar, in <head> and visibly',
    ({ collection, id }) => {
      const page = pages.find((p) => p.url === paths.entity(collection, id))!;
      const head = /<head>[\s\S]*<\/head>/.exec(page.html)![0];
      const alternates = [...head.matchAll(/<link rel="alternate" type="([^"]+)"[^>]*href="([^"]+)"/g)].map((m) => [
        m[1],
        m[2],
      ]);
      expect(alternates).toContainEqual(['application/rss+xml', paths.entityFeed(collection, id)]);
      expect(alternates).toContainEqual(['text/calendar', paths.entityCalendar(collection, id)]);
      const follow = /<p class="follow"[\s\S]*?<\/p>/.exec(page.html)?.[0] ?? '';
      expect(follow).toContain(`href="${paths.entityFeed(collection, id)}"`);
      expect(follow).toContain(`href="${paths.entityCalendar(collection, id)}"`);
    },
  );

  it('the site feed and calendar still hold the whole record, and parse', () => {
    const items = readFeed('rss.xml').item ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(existsInDist(item.link), item.link).toBe(true);
    const days = [...entryData].filter(([, d]) => d.draft !== true && parseDateSpec(d.date).precision === 'day');
    expect(readCalendar('calendar.ics')).toHaveLength(days.length);
  });
});

describe('following an entity on a project site under /kz-az/', () => {
  const OUT = builtSite('prefixed').outDir;
  it("an entity's feed and calendar link under the prefix", () => {
    const [collection, id] = ['topics', 'energy'];
    const feed = readFileSync(path.join(OUT, collection, id, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((l) => !l.startsWith('https://example.org/kz-az/'))).toEqual([]);
    const ics = readFileSync(path.join(OUT, collection, id, 'calendar.ics'), 'utf8').replace(/\r\n /g, '');
    expect(ics).toContain('URL:https://example.org/kz-az/entries/');
    const page = readFileSync(path.join(OUT, collection, id, 'index.html'), 'utf8');
    expect(page).toContain(`href="/kz-az/${collection}/${id}/rss.xml"`);
    expect(page).toContain(`href="/kz-az/${collection}/${id}/calendar.ics"`);
  });
});
