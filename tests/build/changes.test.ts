/**
 * What changed: /changes/ and /changes.xml list the entries the git history says were
 * added and updated, newest first, with their days; the corrections an entry records are
 * listed there and printed on the entry. Without a history (the fixtures site's content
 * is outside git), the page says the history is incomplete and still lists the corrections.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/check/load-content';
import { ROOT } from '../helpers/astro';
import { CORRECTIONS, PUBLISHED, PUBLISHED_TITLE } from '../helpers/fixture-site';
import { builtSite } from '../helpers/sites';

const LIMIT = 100;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

interface Listed {
  kind: string;
  day: string;
  href: string | undefined;
  text: string;
}
/** The changes a built /changes/ page lists, in its order. */
function listed(outDir: string): { html: string; items: Listed[] } {
  const html = readFileSync(path.join(outDir, 'changes', 'index.html'), 'utf8');
  const items = [...html.matchAll(/<li id="change-[^"]*" data-change="([a-z]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => ({
    kind: m[1]!,
    day: /<time datetime="([^"]+)"/.exec(m[2]!)![1]!,
    href: /<a href="([^"]+)"/.exec(m[2]!)?.[1],
    text: m[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' '),
  }));
  return { html, items };
}
function feedItems(outDir: string) {
  const doc = xml.parse(readFileSync(path.join(outDir, 'changes.xml'), 'utf8')) as {
    rss: { channel: { item?: { title: string; link: string; guid: { '#text': string }; pubDate: string }[] } };
  };
  return doc.rss.channel.item ?? [];
}

describe('/changes/ on the real site', () => {
  const DIST = builtSite('main').outDir;
  const { items } = listed(DIST);
  const published = new Set(
    loadContent(ROOT)
      .files.filter((f) => f.collection === 'entries' && (f.data as { draft?: boolean }).draft !== true)
      .map((f) => f.id),
  );

  it('lists at most the latest 100 changes, newest first, each entry linked to a page that exists', () => {
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(LIMIT);
    const days = items.map((i) => i.day);
    expect(days).toEqual([...days].sort().reverse());
    for (const i of items.filter((i) => i.kind !== 'removed')) {
      expect(i.href, i.text).toMatch(/^\/entries\/[^/]+\/$/);
      expect(existsSync(path.join(DIST, i.href!, 'index.html')), i.href).toBe(true);
    }
  });

  it('lists the entries the git log says were added, on the day they were committed', () => {
    const log = execFileSync(
      'git',
      ['log', '--no-renames', '--diff-filter=A', '--name-only', '--format=%x00%cI', '--', 'content/entries'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const added: { id: string; day: string }[] = [];
    let day = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) day = new Date(line.slice(1)).toISOString().slice(0, 10);
      else if (/\.mdx?$/.test(line)) added.push({ id: path.basename(line).replace(/\.mdx?$/, ''), day });
    }
    const shown = items.filter((i) => i.kind === 'added').map((i) => `${i.href} ${i.day}`);
    const oldest = items.at(-1)!.day;
    // Every addition newer than the oldest day on the page is there (one list can end inside a day).
    // An entry added more than once was moved (deleted and added again): listed as updated.
    const once = (id: string) => added.filter((a) => a.id === id).length === 1;
    const expected = added
      .filter((a) => published.has(a.id) && once(a.id) && a.day > oldest)
      .map((a) => `/entries/${a.id}/ ${a.day}`);
    for (const e of expected) expect(shown, e).toContain(e);
    // And nothing is listed as added that git did not add.
    const all = new Set(added.map((a) => `/entries/${a.id}/ ${a.day}`));
    for (const s of shown) expect(all.has(s), s).toBe(true);
  });

  it('has a feed that parses, with the same changes, absolute links and one id each', () => {
    const feed = feedItems(DIST);
    expect(feed).toHaveLength(items.length);
    for (const [n, item] of feed.entries()) {
      const link = new URL(item.link);
      expect(link.protocol).toBe('https:');
      const file = path.join(DIST, link.pathname);
      expect(
        existsSync(path.join(file, 'index.html')) || (existsSync(file) && statSync(file).isFile()),
        item.link,
      ).toBe(true);
      if (items[n]!.href) expect(link.pathname).toBe(items[n]!.href);
    }
    const guids = feed.map((i) => i.guid['#text']);
    expect(new Set(guids).size).toBe(guids.length);
  });

  it('is linked from the footer of every page, and in the head of its own', () => {
    const home = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(home).toMatch(/<footer[\s\S]*href="\/changes\/"[\s\S]*<\/footer>/);
    expect(listed(DIST).html).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/changes\.xml"/);
  });

  it('the prefixed site links its changes under the prefix', () => {
    const OUT = builtSite('prefixed').outDir;
    for (const i of listed(OUT).items.filter((i) => i.href)) expect(i.href).toMatch(/^\/kz-az\/entries\//);
    for (const item of feedItems(OUT)) expect(item.link).toMatch(/^https:\/\/example\.org\/kz-az\//);
  });
});

describe('/changes/ and corrections on a site without git history (fixtures)', () => {
  const OUT = builtSite('fixtures').outDir;
  const { html, items } = listed(OUT);

  it('builds, says the history is incomplete, and lists the corrections, newest first', () => {
    expect(html).toContain('data-history-incomplete');
    expect(items.map((i) => [i.kind, i.day, i.href])).toEqual([
      ['corrected', '2024-07-15', `/entries/${PUBLISHED}/`],
      ['corrected', '2024-06-01', `/entries/${PUBLISHED}/`],
    ]);
    expect(items[0]!.text).toContain(PUBLISHED_TITLE);
    expect(items[0]!.text).toContain(CORRECTIONS[1]!.text);
    expect(feedItems(OUT).map((i) => i.title)).toEqual([
      `Corrected: ${PUBLISHED_TITLE}`,
      `Corrected: ${PUBLISHED_TITLE}`,
    ]);
  });

  it('prints the corrections on the entry, newest first, with their days', () => {
    const page = readFileSync(path.join(OUT, 'entries', PUBLISHED, 'index.html'), 'utf8');
    const section = /<section[^>]*data-corrections[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(section).toContain('>Corrections</h2>');
    const lines = [...section.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(lines).toEqual([`15 July 2024: ${CORRECTIONS[1]!.text}`, `1 June 2024: ${CORRECTIONS[0]!.text}`]);
  });

  it('prints no corrections section on an entry without any', () => {
    const other = readFileSync(path.join(OUT, 'entries', '2023-03-05-sections-test', 'index.html'), 'utf8');
    expect(other).not.toContain('data-corrections');
  });
});
