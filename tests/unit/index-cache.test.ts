/**
 * The Pagefind index kept between builds (src/io/index-cache.ts): reused only for the same
 * HTML, its files linked (not copied) between the output folder and the cache, and a
 * build that empties its output folder and indexes again leaves the kept index as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlHash, restoreIndex, saveIndex } from '../../src/io/index-cache';

let root: string;
let site: string;
let cache: string;
const index = () => path.join(site, 'pagefind');
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'index-cache-'));
  site = path.join(root, 'dist');
  cache = path.join(root, 'cache', 'pagefind-index');
  write(path.join(site, 'index.html'), '<h1>Home</h1>');
  write(path.join(site, 'entries/a/index.html'), '<h1>A</h1>');
  write(path.join(index(), 'pagefind.js'), 'first index');
  write(path.join(index(), 'fragment/en_1.pf_fragment'), 'fragment');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the kept Pagefind index', () => {
  it('hashes the HTML outside the index: the same pages, the same hash; one page changed, another', () => {
    const first = htmlHash(site, index());
    write(path.join(index(), 'other.html'), 'inside the index: not a page');
    expect(htmlHash(site, index())).toBe(first);
    write(path.join(site, 'entries/a/index.html'), '<h1>A, corrected</h1>');
    expect(htmlHash(site, index())).not.toBe(first);
  });

  it('is reused for the same HTML only, with every file, sharing its bytes with the cache', () => {
    const hash = htmlHash(site, index());
    saveIndex(cache, hash, index());
    expect(statSync(path.join(cache, 'index', 'pagefind.js')).nlink).toBe(2);
    rmSync(site, { recursive: true, force: true }); // Astro empties the output folder
    expect(restoreIndex(cache, 'another hash', index())).toBe(false);
    expect(restoreIndex(cache, hash, index())).toBe(true);
    expect(readFileSync(path.join(index(), 'pagefind.js'), 'utf8')).toBe('first index');
    expect(readFileSync(path.join(index(), 'fragment/en_1.pf_fragment'), 'utf8')).toBe('fragment');
    // A link, where the file system allows one: no bytes written twice.
    expect(statSync(path.join(index(), 'pagefind.js')).nlink).toBe(2);
  });

  it('stays as it was when the next build empties its output folder and writes a new index', () => {
    const hash = htmlHash(site, index());
    saveIndex(cache, hash, index());
    rmSync(site, { recursive: true, force: true });
    write(path.join(index(), 'pagefind.js'), 'second index');
    expect(restoreIndex(cache, hash, path.join(root, 'restored'))).toBe(true);
    expect(readFileSync(path.join(root, 'restored', 'pagefind.js'), 'utf8')).toBe('first index');
  });
});
