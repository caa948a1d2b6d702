/**
 * Share cards on the built sites: every entry, entity and data series page and the home
 * page names a 1200 × 630 PNG of its own that the build wrote (og:image, twitter:image),
 * with twitter:card summary_large_image, a canonical address and a description; pages
 * without a card of their own use the site's. Under a base path the image's address is
 * absolute with the prefix; with SHARE_IMAGES=off there are no images and no og:image.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/html';
import { builtSite } from '../helpers/sites';

const ORIGIN = 'https://kz-az-timeline.example.org';

/** The content of `<meta property|name="key" content="…">`. */
const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk, or undefined for a file that is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const png = readFileSync(file);
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The image a page's card is at, by the page's address: its own, or undefined for pages that use the site's. */
function ownCard(url: string): string | undefined {
  if (url === '/') return '/share/site.png';
  const m = /^\/(entries|topics|people|organizations|places|data)\/([^/]+)\/(?:\d+\/)?$/.exec(url);
  if (!m) return undefined;
  return `/share/${m[1]}/${m[2]}.png`;
}

describe('share cards on the main site', () => {
  const main = builtSite('main');
  const pages = htmlPages(main.outDir).filter((p) => !p.url.endsWith('/404.html'));
  const withCards = pages.filter((p) => ownCard(p.url));

  it('covers every entry, entity, data series page and the home page', () => {
    const kinds = (prefix: string) => withCards.filter((p) => p.url.startsWith(prefix)).length;
    for (const prefix of ['/entries/', '/topics/', '/people/', '/organizations/', '/places/', '/data/'])
      expect(kinds(prefix), prefix).toBeGreaterThan(0);
    const entryPages = withCards.filter((p) => p.url.startsWith('/entries/'));
    expect(readdirSync(path.join(main.outDir, 'share/entries'))).toHaveLength(entryPages.length);
  });

  it('gives each of those pages its own 1200 × 630 PNG, with the meta a share preview reads', () => {
    const wrong: string[] = [];
    for (const page of withCards) {
      const expected = `${ORIGIN}${ownCard(page.url)}`;
      const image = meta(page.html, 'og:image');
      const file = image && path.join(main.outDir, decodeURIComponent(new URL(image).pathname));
      const problems = [
        image !== expected && `og:image ${image}, expected ${expected}`,
        !file || !existsSync(file)
          ? 'no image file'
          : JSON.stringify(pngSize(file)) !== '{"width":1200,"height":630}' && 'not a 1200 × 630 PNG',
        meta(page.html, 'twitter:image') !== image && 'twitter:image differs',
        meta(page.html, 'twitter:card') !== 'summary_large_image' && 'twitter:card',
        meta(page.html, 'og:image:width') !== '1200' && 'og:image:width',
        meta(page.html, 'og:image:height') !== '630' && 'og:image:height',
        meta(page.html, 'og:image:type') !== 'image/png' && 'og:image:type',
        !meta(page.html, 'og:image:alt') && 'no og:image:alt',
        !meta(page.html, 'description') && 'no description',
        !meta(page.html, 'og:description') && 'no og:description',
        !page.html.includes(`<link rel="canonical" href="${ORIGIN}${page.url}">`) && 'canonical',
      ].filter(Boolean);
      if (problems.length) wrong.push(`${page.url}: ${problems.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('says in the alternative text what the entry image shows: kind, status, title and date', () => {
    const page = pages.find((p) => p.url === '/entries/2025-03-03-bektenov-visits-baku/')!;
    expect(meta(page.html, 'og:image:alt')).toBe(
      'Visit, Happened. Kazakh Prime Minister Olzhas Bektenov visits Baku. 3 March 2025. Kazakhstan–Azerbaijan Relations',
    );
  });

  it('uses the site card on every other page', () => {
    // A page in another language shows its English page's card (the card's words are the entry's, in English).
    const english = (url: string) => url.replace(/^\/(ru|kk|az)(?=\/)/, '');
    const others = pages.filter((p) => !ownCard(english(p.url)) && p.html.includes('<head>'));
    expect(others.length).toBeGreaterThan(10);
    const wrong = others.filter((p) => meta(p.html, 'og:image') !== `${ORIGIN}/share/site.png`).map((p) => p.url);
    expect(wrong).toEqual([]);
  });
});

describe('share cards under a base path', () => {
  const site = builtSite('prefixed');

  it('writes absolute image addresses with the prefix, to files that exist', () => {
    const pages = htmlPages(site.outDir).filter((p) => ownCard(p.url));
    expect(pages.length).toBeGreaterThan(50);
    const wrong = pages.filter((p) => {
      const image = meta(p.html, 'og:image');
      return (
        image !== `https://example.org/kz-az${ownCard(p.url)}` ||
        !existsSync(path.join(site.outDir, new URL(image).pathname.replace(/^\/kz-az\//, '')))
      );
    });
    expect(wrong.map((p) => `${p.url}: ${meta(p.html, 'og:image')}`)).toEqual([]);
  });
});

describe('SHARE_IMAGES=off (the fixtures site)', () => {
  const site = builtSite('fixtures');

  it('writes no share images and no og:image, and a plain summary card', () => {
    expect(site.status, site.output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(site.outDir, 'share'))).toBe(false);
    const pages = htmlPages(site.outDir).filter((p) => p.html.includes('<head>'));
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((p) => meta(p.html, 'og:image') || meta(p.html, 'twitter:image')).map((p) => p.url)).toEqual(
      [],
    );
    expect(pages.filter((p) => meta(p.html, 'twitter:card') !== 'summary').map((p) => p.url)).toEqual([]);
  });
});
