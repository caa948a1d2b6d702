/**
 * Issue #16: every page type exists in every language, with its `<html lang>`, the
 * hreflang alternates, the language switcher, localized chrome and dates, and English
 * content marked as such under a notice. Reads the main build (every language).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtSite } from '../helpers/sites';
import { htmlPages, linksIn } from '../helpers/html';
import { PAGES } from '../e2e/a11y-pages';

const DIST = builtSite('main').outDir;
const OTHER = ['ru', 'kk', 'az'] as const;
const ALL = ['en', ...OTHER];

/** The built file of a page path. */
const read = (url: string) => readFileSync(path.join(DIST, url, 'index.html'), 'utf8');
/** Page types that exist at the same path in every language (the 404 is its own page). */
const TYPES = [...PAGES.filter((u) => u !== '/no-such-page/'), '/search/', '/data/', '/map/'];
const inLocale = (locale: string, url: string) => (locale === 'en' ? url : `/${locale}${url}`);

describe.each(OTHER)('the site in %s', (locale) => {
  it.each(TYPES)(`has %s, with lang="${locale}", every alternate and the switcher`, (url) => {
    const html = read(inLocale(locale, url));
    expect(html).toMatch(new RegExp(`<html lang="${locale}"`));
    for (const l of ALL) {
      expect(html).toContain(`hreflang="${l}" href="https://kz-az-timeline.example.org${inLocale(l, url)}"`);
    }
    expect(html).toContain(`hreflang="x-default" href="https://kz-az-timeline.example.org${url}"`);
    const current = html.match(/<a [^>]*aria-current="true"[^>]*>/)?.[0] ?? '';
    expect(current).toContain(`hreflang="${locale}"`);
  });

  it('has a 404 page in its language', () => {
    expect(existsSync(path.join(DIST, locale, '404', 'index.html'))).toBe(true);
    expect(read(`/${locale}/404/`)).toMatch(new RegExp(`<html lang="${locale}"`));
  });

  it('links from its pages to its own pages, and to files once for every language', () => {
    for (const page of htmlPages(DIST).filter((p) => p.url.startsWith(`/${locale}/`))) {
      const body = page.html.replace(/<a [^>]*hreflang=[^>]*>/g, '').replace(/<link [^>]*>/g, '');
      for (const link of linksIn(body)) {
        if (!link.startsWith('/') || /^\/(pagefind|_astro)\//.test(link) || !/\/([?#].*)?$/.test(link)) continue;
        expect(link, `${page.url} → ${link}`).toMatch(new RegExp(`^/${locale}/`));
      }
    }
  });
});

describe('an entry in another language', () => {
  const url = '/entries/2025-03-03-bektenov-visits-baku/';

  it('shows the English entry under translated chrome, with a notice, marked lang="en"', () => {
    const html = read(`/ru${url}`);
    expect(html).toContain('data-untranslated');
    expect(html).toContain('Эта запись ещё не переведена');
    expect(html).toMatch(/<h1 lang="en"[^>]*>[^<]*Bektenov/);
    expect(html).toMatch(/<div class="prose" lang="en"/);
    expect(html).toContain('>Источники</h2>');
  });

  it('writes dates in the page’s language', () => {
    expect(read(`/ru${url}`)).toMatch(/3 марта 2025/);
    expect(read(`/kk${url}`)).toMatch(/2025 ж\. 3 наурыз/);
    expect(read(`/az${url}`)).toMatch(/3 mart 2025/);
  });

  it('has no notice and no lang="en" marks in English', () => {
    const html = read(url);
    expect(html).not.toContain('data-untranslated');
    expect(html).not.toMatch(/<h1 lang="en"/);
  });
});

describe('names in the page’s language', () => {
  it('heads an entity page with its standard spelling, and keeps the English name as another spelling', () => {
    const html = read('/kk/people/kassym-jomart-tokayev/');
    expect(html).toMatch(/<h1[^>]*>Қасым-Жомарт Тоқаев<\/h1>/);
    expect(html).toContain('Kassym-Jomart Tokayev, Toqaev');
    expect(read('/az/places/baku/')).toMatch(/<h1[^>]*>Bakı<\/h1>/);
  });

  it('marks an English name that has no spelling in the language as English', () => {
    expect(read('/ru/organizations/cengiz-holding/')).toMatch(/<h1 lang="en"[^>]*>Cengiz Holding<\/h1>/);
  });
});

describe('the sitemap', () => {
  it('lists each page with its alternates in every language', () => {
    const xml = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const l of OTHER) {
      expect(xml).toContain(
        `hreflang="${l}" href="https://kz-az-timeline.example.org/${l}/entries/2025-03-03-bektenov-visits-baku/"`,
      );
    }
  });
});
