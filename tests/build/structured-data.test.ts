/**
 * The JSON-LD of every built page (issue #14): one block that parses, the site and a
 * BreadcrumbList everywhere, the type each kind of page is, dates no more precise than
 * the content's, and every linked person, place, organisation or topic a real page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { loadContent } from '../../src/check/load-content';
import { isFinerThan, isoDate, isoPrecision, parseDateSpec, type DateSpec } from '../../src/primitives/dates';
import { ROOT } from '../helpers/astro';
import { htmlPages } from '../helpers/html';
import { builtSite } from '../helpers/sites';

type Node = Record<string, unknown> & { '@type'?: string };

const content = loadContent(ROOT).files;
const entryDates = new Map(
  content
    .filter((f) => f.collection === 'entries')
    .map((f) => [
      f.id,
      { date: parseDateSpec((f.data as { date: unknown }).date), kind: (f.data as { kind: string }).kind },
    ]),
);
const sourceDates = new Map(
  content
    .filter((f) => f.collection === 'sources')
    .flatMap((f) => {
      const published = (f.data as { published?: unknown }).published;
      return published === undefined ? [] : [[f.id, parseDateSpec(published)] as const];
    }),
);

/** The page's JSON-LD blocks, parsed. */
function jsonLd(html: string): { '@context': string; '@graph': Node[] }[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
    JSON.parse(s.textContent ?? ''),
  );
}

/** Every node with a @type in a graph, nested ones too. */
function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!value || typeof value !== 'object') return [];
  const own = '@type' in value ? [value as Node] : [];
  return [...own, ...Object.values(value).flatMap(nodes)];
}

function sitePages(name: 'main' | 'prefixed') {
  const site = builtSite(name);
  const origin = name === 'main' ? 'https://kz-az-timeline.example.org' : 'https://example.org';
  /** The built file an absolute URL of the site is served from, or undefined for another site's URL. */
  const fileOf = (url: string): string | undefined => {
    const u = new URL(url);
    if (u.origin !== origin || !u.pathname.startsWith(site.base)) return undefined;
    const rel = decodeURIComponent(u.pathname.slice(site.base.length));
    return path.join(site.outDir, rel.endsWith('/') || rel === '' ? path.join(rel, 'index.html') : rel);
  };
  return { site, origin, fileOf, pages: htmlPages(site.outDir) };
}

const main = sitePages('main');

/** The @type the page's own node has, by where the page is. */
function expectedType(url: string): string {
  if (/^\/entries\/[^/]+\/$/.test(url)) return 'Article';
  if (/^\/people\/[^/]+\/(\d+\/)?$/.test(url)) return 'Person';
  if (/^\/organizations\/[^/]+\/(\d+\/)?$/.test(url)) return 'Organization';
  if (/^\/places\/[^/]+\/(\d+\/)?$/.test(url)) return 'Place';
  if (/^\/topics\/[^/]+\/(\d+\/)?$/.test(url)) return 'Thing';
  if (/^\/data\/[^/]+\/$/.test(url)) return 'Dataset';
  if (
    /^\/($|oldest-first\/|years\/|kinds\/|agreements\/|ahead\/|sources\/|data\/$|people\/$|organizations\/$|places\/$|topics\/$)/.test(
      url,
    )
  )
    return 'CollectionPage';
  return 'WebPage';
}

describe('JSON-LD on every page', () => {
  it('is one block of schema.org with the site, the page and a BreadcrumbList ending at the page', () => {
    expect(main.pages.length).toBeGreaterThan(100);
    for (const page of main.pages) {
      const blocks = jsonLd(page.html);
      expect(blocks, page.url).toHaveLength(1);
      const [{ '@context': context, '@graph': graph }] = blocks as [(typeof blocks)[number]];
      expect(context, page.url).toBe('https://schema.org');
      const types = graph.map((n) => n['@type']);
      expect(types[0], page.url).toBe('WebSite');
      expect(types.at(-1), page.url).toBe('BreadcrumbList');
      expect(types[1], page.url).toBe(expectedType(page.url.replace(/^\/(ru|kk|az)(?=\/)/, '')));
      const crumbs = (graph.at(-1)!.itemListElement as { position: number; item: string; name: string }[]) ?? [];
      expect(
        crumbs.map((c) => c.position),
        page.url,
      ).toEqual(crumbs.map((_, i) => i + 1));
      // Home in the page's language: / or /ru/, /kk/, /az/.
      const home = /^\/(ru|kk|az)\//.exec(page.url)?.[0] ?? '/';
      expect(crumbs[0]!.item, page.url).toBe(`${main.origin}${home}`);
      // The 404 page is served at any address: its own crumb has none.
      if (page.url === '/404.html' || /^\/(ru|kk|az)\/404\/$/.test(page.url))
        expect(crumbs.at(-1)).not.toHaveProperty('item');
      else expect(crumbs.at(-1)!.item, page.url).toBe(`${main.origin}${page.url}`);
      for (const c of crumbs.filter((c) => c.item))
        expect(existsSync(main.fileOf(c.item) ?? ''), `${page.url} → ${c.item}`).toBe(true);
    }
  });

  it('links every person, organisation, place and topic to a page that exists', () => {
    let linked = 0;
    for (const page of main.pages) {
      for (const n of nodes(jsonLd(page.html)[0]?.['@graph'])) {
        if (!['Person', 'Organization', 'Place', 'Thing'].includes(n['@type']!)) continue;
        if (n['@type'] === 'Organization' && !n.url) continue; // a source's publisher, named only
        expect(typeof n.url, `${page.url}: ${String(n.name)}`).toBe('string');
        expect(existsSync(main.fileOf(n.url as string) ?? ''), `${page.url} → ${String(n.url)}`).toBe(true);
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(100);
  });

  it('gives each entry an Article about an Event or Legislation, dated no more precisely than the entry', () => {
    const entryPages = main.pages.filter((p) => /^\/entries\/[^/]+\/$/.test(p.url));
    expect(entryPages.length).toBeGreaterThan(20);
    const precise = (iso: unknown, spec: DateSpec, where: string) => {
      const p = isoPrecision(String(iso));
      expect(p, where).toBeDefined();
      expect(isFinerThan(p!, spec.precision), `${where}: ${String(iso)} is finer than ${spec.text}`).toBe(false);
    };
    for (const page of entryPages) {
      const id = page.url.split('/')[2]!;
      const { date, kind } = entryDates.get(id)!;
      const article = jsonLd(page.html)[0]!['@graph'][1]!;
      const subject = (article.about as Node[])[0]!;
      expect(subject['@type'], id).toBe(kind === 'agreement' ? 'Legislation' : 'Event');
      if (kind === 'agreement') {
        if (subject.legislationDate) {
          precise(subject.legislationDate, date, id);
          expect(subject.legislationDate, id).toBe(isoDate(date.from));
        }
      } else {
        precise(subject.startDate, date, id);
        expect(subject.startDate, id).toBe(isoDate(date.from));
        expect(subject.endDate, id).toBe(date.to && isoDate(date.to));
      }
      // The page's own date: the day its file last changed, a real day from git.
      expect(article.dateModified, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const cited = article.citation as Node[];
      expect(cited.length, id).toBeGreaterThan(0);
      for (const c of cited) {
        const sourceId = String(c['@id']).split('#source-')[1]!;
        const published = sourceDates.get(sourceId);
        if (c.datePublished) precise(c.datePublished, published!, `${id} cites ${sourceId}`);
        else expect(published, sourceId).toBeUndefined();
      }
    }
  });

  it('gives each data series a Dataset whose CSV distribution is built', () => {
    const seriesPages = main.pages.filter((p) => /^\/data\/[^/]+\/$/.test(p.url));
    expect(seriesPages.length).toBeGreaterThan(3);
    for (const page of seriesPages) {
      const dataset = jsonLd(page.html)[0]!['@graph'][1]!;
      const dist = dataset.distribution as Node;
      expect(dist, page.url).toMatchObject({ '@type': 'DataDownload', encodingFormat: 'text/csv' });
      expect(existsSync(main.fileOf(dist.contentUrl as string)!), page.url).toBe(true);
      expect(page.html, page.url).toContain(`href="${new URL(dist.contentUrl as string).pathname}"`);
    }
  });

  it('keeps no "<" in the block, so nothing in the data can close the script element', () => {
    for (const page of main.pages) {
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.html)?.[1] ?? '';
      expect(block.length, page.url).toBeGreaterThan(0);
      expect(block, page.url).not.toMatch(/[<>]/);
    }
  });

  it('writes absolute URLs under the base path on a project site', () => {
    const prefixed = sitePages('prefixed');
    const page = prefixed.pages.find((p) => !/^\/(ru|kk|az)\//.test(p.url) && /\/entries\/[^/]+\/$/.test(p.url))!;
    const graph = jsonLd(page.html)[0]!['@graph'];
    const crumbs = graph.at(-1)!.itemListElement as { item: string }[];
    expect(crumbs[0]!.item).toBe('https://example.org/kz-az/');
    for (const n of nodes(graph))
      if (typeof n.url === 'string') expect(n.url).toMatch(/^https:\/\/example\.org\/kz-az\//);
  });
});
