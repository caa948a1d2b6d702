import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/check/load-content';
import { ROOT } from '../helpers/astro';
import { htmlPages, idsIn, linksIn } from '../helpers/html';
import { builtSite } from '../helpers/sites';

const DIST = builtSite('main').outDir;

function targetFile(urlPath: string): string | undefined {
  const file = path.join(DIST, decodeURIComponent(urlPath));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe('links in the built site', () => {
  const pages = htmlPages(DIST);

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    const idCache = new Map<string, Set<string>>();
    const ids = (file: string, html?: string) => {
      if (!idCache.has(file)) idCache.set(file, idsIn(html ?? pages.find((p) => p.file === file)?.html ?? ''));
      return idCache.get(file)!;
    };
    for (const page of pages) {
      for (const link of linksIn(page.html)) {
        if (/^(https?:|mailto:|data:)/.test(link) || link === '') continue;
        const url = new URL(link, `http://site${page.url}`);
        if (url.host !== 'site') continue;
        const file = targetFile(url.pathname);
        if (!file) {
          broken.push(`${page.url} → ${link} (no such page)`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && file.endsWith('.html') && !ids(file).has(hash))
          broken.push(`${page.url} → ${link} (no id "${hash}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every source address in content is a well-formed https URL', () => {
    const sources = loadContent(ROOT).files.filter((f) => f.collection === 'sources');
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const url = (s.data as { url?: string }).url;
      if (url === undefined) continue;
      expect(() => new URL(url), s.file).not.toThrow();
      expect(new URL(url).protocol, s.file).toBe('https:');
    }
  });

  it('every external link in the pages is a well-formed URL', () => {
    for (const page of pages) {
      for (const link of linksIn(page.html).filter((l) => /^https?:/.test(l))) {
        expect(() => new URL(link), `${page.url}: ${link}`).not.toThrow();
      }
    }
  });
});
