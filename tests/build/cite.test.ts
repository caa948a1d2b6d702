/**
 * "Cite this entry" on the built site (issue #14): every entry page has the citation
 * in two styles, citation_* meta for Zotero, a link to this version of its file, and
 * BibTeX, RIS and CSL-JSON downloads that citation-js reads back; /sources.bib and
 * /sources.json hold every source.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadContent } from '../../src/check/load-content';
import { itemsAhead } from '../../src/io/citations-ahead';
import { ROOT } from '../helpers/astro';
import { readDist } from '../helpers/dist';
import { builtSite } from '../helpers/sites';

const DIST = builtSite('main').outDir;
const files = loadContent(ROOT).files;
const entries = files.filter((f) => f.collection === 'entries' && (f.data as { draft?: boolean }).draft !== true);
const sources = files.filter((f) => f.collection === 'sources');
const titleOf = (f: (typeof files)[number]) => (f.data as { title: string }).title;
const ORIGIN = 'https://kz-az-timeline.example.org';

const lastCommitOf = (file: string) =>
  execFileSync('git', ['log', '-1', '--format=%H', '--', file], { cwd: ROOT, encoding: 'utf8' }).trim();

const read = (href: string) => readFileSync(path.join(DIST, decodeURIComponent(href)), 'utf8');

describe('cite this entry', () => {
  it('is on every entry page: two styles, citation_* meta, this version, three downloads that parse', async () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const e of entries) {
      const { document } = parseHTML(readDist(`entries/${e.id}/index.html`, DIST));
      const title = titleOf(e);
      const permalink = `${ORIGIN}/entries/${e.id}/`;
      const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
      expect(meta('citation_title'), e.id).toBe(title);
      expect(meta('citation_public_url'), e.id).toBe(permalink);
      expect(meta('citation_publication_date'), e.id).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta('citation_publisher'), e.id).toBe('Kazakhstan–Azerbaijan Relations');

      const styles = [...document.querySelectorAll('[data-cite] [data-cite-style]')];
      expect(
        styles.map((s) => s.getAttribute('data-cite-style')),
        e.id,
      ).toEqual(['APA', 'Harvard']);
      for (const s of styles) {
        // CSL styles set apostrophes and quotes typographically.
        expect(s.textContent?.replace(/[’‘]/g, "'"), e.id).toContain(title);
        expect(s.textContent, e.id).toContain(permalink);
      }

      const version = document.querySelector('[data-cite-version]')?.getAttribute('href') ?? '';
      const m = /\/blob\/([0-9a-f]{40})\/(.+)$/.exec(version);
      expect(m, `${e.id}: ${version}`).not.toBeNull();
      expect(decodeURIComponent(m![2]!), e.id).toBe(e.file.split(path.sep).join('/'));
      // The newest commit that changed the file: the link stays put until the file changes.
      expect(m![1], e.id).toBe(lastCommitOf(e.file));

      const downloads = [...document.querySelectorAll('[data-cite-download]')].map((a) => a.getAttribute('href')!);
      expect(downloads, e.id).toEqual(['bib', 'ris', 'json'].map((x) => `/entries/${e.id}.${x}`));
      for (const href of downloads) {
        const items = (await Cite.async(read(href))).data;
        expect(items, href).toHaveLength(1);
        expect(items[0]!.title, href).toBe(title);
        expect(items[0]!.URL, href).toBe(permalink);
      }
    }
  });
});

describe('citations formatted ahead of the pages (src/io/citations-ahead.ts)', () => {
  // Started from the files the content check reads, under Astro's config: an item that
  // differed from its page's (its id, title, day or address) would be formatted for nothing.
  const sites = [
    { site: builtSite('main'), config: { base: '/', site: ORIGIN } },
    { site: builtSite('prefixed'), config: { base: '/kz-az/', site: 'https://example.org' } },
  ];

  it.each(sites)('are the items the pages cite, for the site under $config.base', ({ site, config }) => {
    const ahead = itemsAhead(files, config);
    const published = ahead.filter((item) => entries.some((e) => item.URL?.endsWith(`/entries/${e.id}/`)));
    expect(published).toHaveLength(entries.length);
    for (const item of published) {
      const id = item.URL!.split('/').at(-2)!;
      const cited = JSON.parse(readFileSync(path.join(site.outDir, `entries/${id}.json`), 'utf8')) as unknown[];
      expect(cited, id).toEqual([item]);
    }
  });
});

describe('the sources registry as files', () => {
  it('/sources.bib and /sources.json hold every source, and citation-js reads them', async () => {
    const titles = sources.map(titleOf).sort();
    expect(titles.length).toBeGreaterThan(0);
    for (const file of ['sources.bib', 'sources.json']) {
      const items = (await Cite.async(readDist(file, DIST))).data;
      expect(items.map((i) => i.title).sort(), file).toEqual(titles);
    }
  });

  it('are linked from the sources page', () => {
    const html = readDist('sources/index.html', DIST);
    expect(html).toContain('href="/sources.bib"');
    expect(html).toContain('href="/sources.json"');
  });
});
