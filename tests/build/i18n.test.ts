/**
 * Issue #16: every page type exists in every language, with its `<html lang>`, the
 * hreflang alternates, the language switcher, localized chrome and dates, and English
 * content marked as such under a notice. Reads the main build (every language).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { builtSite } from '../helpers/sites';
import { loadContent } from '../../src/check/load-content';
import { ROOT } from '../helpers/astro';
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

/**
 * The words of a page that are in its own language: every text and every label read out
 * (aria-label, title, alt, placeholder) outside elements marked lang="en" (the record's
 * English content), scripts, styles and the `<link>`s to the feeds (which are in English).
 */
function chromeText(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  const walk = (el: Element) => {
    if (['SCRIPT', 'STYLE', 'LINK'].includes(el.tagName.toUpperCase()) || el.getAttribute('lang') === 'en') return;
    for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
    let text = '';
    for (const n of el.childNodes) {
      if (n.nodeType === 3) text += n.textContent ?? '';
      else if (n.nodeType === 1) walk(n as Element);
    }
    out.push(text);
  };
  walk(document.documentElement);
  return out.map(withoutTitles);
}

/**
 * The record's own titles and names (of entries, series and their categories, charts and
 * their measures, sources, entities), longest first: a page's words may quote one ("Later:
 * {title}", "Data: {title}", a chart's "Port of Aktau, 2024: …"), and that is the record's
 * English, not chrome.
 */
const TITLES = loadContent(ROOT)
  .files.flatMap((f) => {
    const d = f.data as {
      title?: unknown;
      name?: unknown;
      points?: { category?: unknown }[];
      members?: { label?: unknown }[];
    };
    const named = [
      d.title,
      d.name,
      ...(d.points ?? []).map((p) => p.category),
      ...(d.members ?? []).map((m) => m.label),
    ];
    return named.filter((v): v is string => typeof v === 'string' && v.length > 0);
  })
  .sort((a, b) => b.length - a.length);
const withoutTitles = (text: string) => TITLES.reduce((t, title) => t.split(title).join('…'), text);

describe('the chrome of every page type in another language (issue #16)', () => {
  /** One page of each type, each showing the chrome listed below it. */
  const RU_PAGES = [
    '/entries/2025-03-03-bektenov-visits-baku/', // a visit: facts, figures, cite, plan links
    '/entries/2024-bilateral-trade-turnover/', // figures that differ, charts linked
    '/entries/2025-10-21-socar-samruk-kazyna-agreement/', // an agreement's stage and parties
    '/entries/2026-fibre-optic-cable-construction-to-begin/', // a plan past due
    '/agreements/',
    '/ahead/',
    '/about/',
    '/changes/',
    '/data/',
    '/data/trade-turnover/',
    '/map/',
    '/sources/',
    '/years/',
    '/years/2025/',
    '/kinds/visit/',
    '/topics/energy/',
    '/places/',
    '/places/aktau/',
  ];
  /** English chrome that was translated: none of it may come back outside lang="en". */
  const ENGLISH = [
    'Signed',
    'Signed by',
    'Agreed during',
    'Visitors',
    'Hosts',
    'Where',
    'Organisations',
    'Countries',
    'Figures',
    'Sources differ',
    'Period',
    'Chart:',
    'Planned',
    'Past due',
    'Cite this entry',
    'Cite this version',
    'Download the citation',
    'Corrections',
    'Follow',
    'Calendar (iCal)',
    'Kazakhstan',
    'Azerbaijan',
    'Agreements register',
    'Still ahead',
    'What changed',
    'About this record',
    'How it is made',
    'Licence',
    'On this page',
    'Chart and data',
    'Legend',
    'Filled bar',
    'Download the points as CSV',
    'Entries with these figures',
    'Routes and their sources',
    'The Caspian crossing',
    'Publisher',
    'Cited by',
    'oldest first',
    'newest first',
    'in all',
    'Capital',
    'Port',
    'Locator',
  ];
  const words = new RegExp(`\\b(${ENGLISH.map((w) => w.replace(/[()]/g, '\\$&')).join('|')})(?![\\w-])`);

  it.each(RU_PAGES)('/ru%s has no English chrome outside lang="en"', (url) => {
    const found = chromeText(read(`/ru${url}`)).filter((s) => words.test(s));
    expect(found).toEqual([]);
  });

  it('writes the facts box, figures and citation of an entry in Russian, inside its English content', () => {
    const html = read('/ru/entries/2025-03-03-bektenov-visits-baku/');
    expect(html).toMatch(/<dl lang="ru"[^>]*><dt[^>]*>Визит<\/dt>/);
    expect(html).toContain('>Цифры</h2>');
    expect(html).toContain('>Как цитировать эту запись</h2>');
    expect(read('/kk/agreements/')).toContain('Келісімдер тізілімі');
    expect(read('/az/map/')).toContain('Xəritə: yerlər və marşrutlar');
  });

  it('keeps the English pages in English', () => {
    const html = read('/entries/2025-03-03-bektenov-visits-baku/');
    expect(html).toContain('>Cite this entry</h2>');
    expect(html).not.toMatch(/<dl lang=/);
    expect(read('/agreements/')).toContain('Agreements register');
  });
});
