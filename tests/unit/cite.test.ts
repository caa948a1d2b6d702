import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempCacheDir } from '../helpers/cache-dir';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { entry, make } from './factory';
import { cslDate, entryCsl, sourceCsl } from '../../src/lib/cite/csl';
import { citationFile, formatCitation } from '../../src/lib/cite/format';
import { citationsOf, dropWaitingCitations, startCitations } from '../../src/io/cite-cache';
import { citationMeta, scholarDate } from '../../src/lib/cite/meta';
import { entryCiteView } from '../../src/lib/cite/view';
import { versionUrl } from '../../src/lib/urls/edit-url';
import { parseDateSpec } from '../../src/primitives/dates';
import { paths } from '../../src/lib/urls/paths';

const long = 'A title long enough that citation-js would break its RIS line at seventy characters, and the URL too';
const e = entry('2025-10-21-a-very-long-entry-id-that-goes-past-seventy-characters-in-its-url', { title: long });
const item = entryCsl(e, new Date('2026-11-30T08:00:00Z'));

describe('an entry in CSL-JSON', () => {
  it('is a web page of the site, issued the day its file last changed', () => {
    expect(item).toMatchObject({
      type: 'webpage',
      title: long,
      'container-title': 'Kazakhstan–Azerbaijan Relations',
      issued: { 'date-parts': [[2026, 11, 30]] },
      URL: paths.absolute(paths.entry(e.id)),
    });
    expect(item['citation-key']).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('keeps the precision of a date, and both ends of a range', () => {
    expect(cslDate(parseDateSpec('2025-03'))).toEqual({ 'date-parts': [[2025, 3]] });
    expect(cslDate(parseDateSpec('2025-Q2'))).toEqual({ 'date-parts': [[2025]] });
    expect(cslDate(parseDateSpec('2025-10-20/2025-10-21'))).toEqual({
      'date-parts': [
        [2025, 10, 20],
        [2025, 10, 21],
      ],
    });
  });

  it('is formatted in two styles by citation-js', () => {
    const styles = formatCitation(item);
    expect(styles.map((s) => s.style)).toEqual(['APA', 'Harvard']);
    for (const s of styles) {
      expect(s.text).toContain(long);
      expect(s.text).toContain(item.URL);
    }
    expect(styles[0]!.text).toContain('(2026, November 30)');
  });

  it('downloads as BibTeX, RIS and CSL-JSON that citation-js reads back whole', async () => {
    for (const format of ['bib', 'ris', 'json'] as const) {
      const back = (await Cite.async(citationFile([item], format))).data;
      expect(back, format).toHaveLength(1);
      expect(back[0]!.title, format).toBe(long);
      expect(back[0]!.URL, format).toBe(item.URL);
    }
    expect(citationFile([item], 'bib')).toMatch(new RegExp(`^@misc\\{${item['citation-key']},`));
  });

  it('gives Zotero its citation_* meta, dated as far as known in Google Scholar form', () => {
    expect(citationMeta(item)).toEqual([
      { name: 'citation_title', content: long },
      { name: 'citation_publication_date', content: '2026/11/30' },
      { name: 'citation_date', content: '2026/11/30' },
      { name: 'citation_public_url', content: item.URL },
      { name: 'citation_publisher', content: 'Kazakhstan–Azerbaijan Relations' },
      { name: 'citation_language', content: 'en' },
    ]);
    expect(scholarDate({ issued: { 'date-parts': [[2025, 3]] } })).toBe('2025/03');
    expect(scholarDate({})).toBeUndefined();
  });

  it('links this version of its file at a commit', () => {
    const repo = { url: 'https://github.com/o/r/' };
    const sha = 'a'.repeat(40);
    expect(versionUrl(repo, sha, 'content/entries/2025/x y.mdx')).toBe(
      `https://github.com/o/r/blob/${sha}/content/entries/2025/x%20y.mdx`,
    );
    expect(versionUrl(repo, undefined, 'content/entries/x.mdx')).toBeUndefined();
    expect(versionUrl(repo, sha, '../outside/x.mdx')).toBeUndefined();
    const view = entryCiteView(e.id, item, { url: 'u', commit: sha });
    expect(view.version).toEqual({ url: 'u', commit: 'aaaaaaa' });
    expect(view.downloads.map((d) => d.href)).toEqual(['bib', 'ris', 'json'].map((f) => `/entries/${e.id}.${f}`));
  });
});

describe('a source in CSL-JSON', () => {
  it('has its publisher, a distinct author and its date at its precision; "not stated" is left out', () => {
    const s = sourceCsl(
      make('sources', 'cpc-2025', {
        title: 'T',
        publisher: 'Caspian Policy Center',
        author: 'N. C.',
        published: '2025-03-12',
      }),
    );
    expect(s).toMatchObject({
      publisher: 'Caspian Policy Center',
      author: [{ literal: 'N. C.' }],
      issued: { 'date-parts': [[2025, 3, 12]] },
    });
    const n = sourceCsl(
      make('sources', 'x', { title: 'T', publisher: 'Not stated in the archived copy', published: '2025-10' }),
    );
    expect(n).not.toHaveProperty('publisher');
    expect(n.issued).toEqual({ 'date-parts': [[2025, 10]] });
    const same = sourceCsl(make('sources', 'y', { title: 'T', publisher: 'Times Tengri', author: 'Times Tengri' }));
    expect(same).not.toHaveProperty('author');
  });
});

describe('formatted citations kept between builds', () => {
  const dir = useTempCacheDir('cite-cache-');
  const files = () => readdirSync(path.join(dir, 'citations'));

  it('formats an item once, reads it back after that, and formats a changed item again', async () => {
    const first = await citationsOf(item);
    expect(first).toEqual(formatCitation(item));
    expect(files()).toHaveLength(1);
    // What the cache holds is what is shown: a kept text is read, not formatted again.
    const [file] = files();
    writeFileSync(path.join(dir, 'citations', file!), JSON.stringify([{ style: 'APA', text: 'kept' }]));
    expect(await citationsOf({ ...item })).toEqual([{ style: 'APA', text: 'kept' }]);
    const changed = await citationsOf({ ...item, title: 'Another title' });
    expect(changed[0]!.text).toContain('Another title');
    expect(files()).toHaveLength(2);
  });

  it('formats many items in a thread, each as this thread would, and keeps them', async () => {
    const before = files().length;
    const many = Array.from({ length: 120 }, (_, i) => ({ ...item, id: `item_${i}`, title: `Entry number ${i}` }));
    startCitations(many);
    const texts = await Promise.all(many.map(citationsOf));
    texts.forEach((styles, i) => expect(styles[0]!.text).toContain(`Entry number ${i}.`));
    for (const i of [0, 57, 119]) expect(texts[i]).toEqual(formatCitation(many[i]!));
    expect(files()).toHaveLength(before + 120);
  });

  it('is one formatting for every copy of the module: the pages find what the content guard started', async () => {
    // The build's bundle holds its own copy of src/io/cite-cache.ts; a query makes a second copy here.
    // @ts-expect-error: TypeScript knows no module by a specifier with a query.
    const pages = (await import('../../src/io/cite-cache?pages')) as typeof import('../../src/io/cite-cache');
    const before = files().length;
    const many = Array.from({ length: 110 }, (_, i) => ({ ...item, id: `ahead_${i}`, title: `Ahead ${i}` }));
    startCitations(many);
    // Not formatted here and now (which would write its file at once): the page waits for the thread.
    const last = pages.citationsOf(many[109]!);
    expect(files()).toHaveLength(before);
    expect((await last)[0]!.text).toContain('Ahead 109.');
    await Promise.all(many.map(pages.citationsOf));
    expect(files()).toHaveLength(before + 110);
  });

  it('drops what no thread has formatted when the build stops early: asked again, the item is formatted here', async () => {
    const before = files().length;
    const many = Array.from({ length: 110 }, (_, i) => ({ ...item, id: `dropped_${i}`, title: `Dropped ${i}` }));
    startCitations(many);
    dropWaitingCitations();
    expect((await citationsOf(many[100]!))[0]!.text).toContain('Dropped 100.');
    expect(files().length).toBeLessThan(before + 110);
  });

  it('starts no thread for a few items: each is formatted when it is asked for', async () => {
    const before = files().length;
    const few = Array.from({ length: 3 }, (_, i) => ({ ...item, id: `few_${i}`, title: `Few ${i}` }));
    startCitations(few);
    expect(files()).toHaveLength(before);
    expect((await citationsOf(few[1]!))[0]!.text).toContain('Few 1.');
    expect(files()).toHaveLength(before + 1);
  });
});
