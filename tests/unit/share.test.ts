/**
 * Share images: what a card shows (its date exactly as precise as the entry's, the labels
 * the pages use), how it is drawn (a 1200 × 630 PNG whose Kazakh and Azerbaijani letters
 * have glyphs, as have all the content's letters), and the cache (the same card is drawn once; a changed card has a new key).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, it, vi } from 'vitest';
import { useTempCacheDir } from '../helpers/cache-dir';
import { shareFonts } from '../../src/io/fonts';
import { cachedImageFile, readImage } from '../../src/io/share-cache';
import { formatDateSpec } from '../../src/primitives/dates';
import { entityShareCard, entryShareCard, seriesShareCard, shareAlt, siteShareCard } from '../../src/lib/share/card';
import { shareKey } from '../../src/lib/share/key';
import { shareLayout, titleFit, TITLE_SIZES, TITLE_WIDTH, wrap, type Measure } from '../../src/lib/share/layout';
import { renderSharePng } from '../../src/lib/share/render';
import { drawToFile } from '../../src/io/share-draw';
import { entry, make } from './factory';

const SITE = 'Kazakhstan–Azerbaijan Relations';

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share card model', () => {
  it.each([
    ['2025-03-03', '3 March 2025'],
    ['2025-03', 'March 2025'],
    ['2026-Q2', 'second quarter of 2026'],
    ['2025-H1', 'first half of 2025'],
    ['2024', '2024'],
    ['2025-10-20/2025-10-21', '20–21 October 2025'],
  ])('writes the date %s exactly as the site does, never more precisely (%s)', (date, text) => {
    const e = entry('e', { date });
    const card = entryShareCard(e, '2026-12-01', SITE);
    expect(card.date).toBe(text);
    expect(card.date).toBe(formatDateSpec(e.data.date));
    // A date without a day gets no day number; one without a month names none.
    if (!/\d{4}-\d{2}-\d{2}/.test(date)) expect(card.date).not.toMatch(/^\d{1,2} /);
    if (/^\d{4}$/.test(date)) expect(card.date).toBe(date);
  });

  it('badges the kind and where the entry stands, as the pages do', () => {
    const asOf = '2026-12-01';
    const badges = (fields: Parameters<typeof entry>[1]) =>
      entryShareCard(entry('e', fields), asOf, SITE).badges.map((b) => b.text);
    expect(badges({ kind: 'visit', date: '2025-03-03' })).toEqual(['Visit', 'Happened']);
    expect(badges({ kind: 'event', date: '2027', status: 'planned' })).toEqual(['Event', 'Planned']);
    expect(badges({ kind: 'event', date: '2026-Q2', status: 'planned' })).toEqual(['Event', 'Past due']);
    expect(entryShareCard(entry('e', { kind: 'agreement' }), asOf, SITE).badges[0]).toEqual({
      text: 'Agreement',
      tone: 'agreement',
    });
  });

  it('describes entities, data series and the site', () => {
    const person = make('people', 'p', { name: 'Ilham Aliyev', role: 'President of Azerbaijan', country: 'AZ' });
    const p = entityShareCard('people', person, 3, SITE);
    expect(p).toMatchObject({
      path: 'people/p',
      title: 'Ilham Aliyev',
      detail: 'President of Azerbaijan · Azerbaijan',
    });
    expect(p.badges.map((b) => b.text)).toEqual(['Person', '3 entries']);
    expect(p.date).toBeUndefined();
    expect(entityShareCard('people', person, 1, SITE).badges[1]?.text).toBe('1 entry');

    const series = make('series', 's', {
      title: 'Trade turnover',
      unit: 'million USD',
      shape: 'time',
      topics: ['trade'],
      points: [{ period: '2024', value: 470, status: 'actual', source: 'article-a' }],
    });
    const s = seriesShareCard(series, SITE);
    expect(s).toMatchObject({ path: 'data/s', title: 'Trade turnover', detail: 'Unit: million USD' });
    expect(s.badges.map((b) => b.text)).toEqual(['Data series', '1 figure']);

    expect(siteShareCard(SITE, 'A record.')).toMatchObject({ path: 'site', title: SITE, badges: [] });
  });

  it('says in its alternative text what the image shows', () => {
    const card = entryShareCard(
      entry('e', { kind: 'visit', title: 'Aliyev visits Astana', date: '2025-10' }),
      '2026-12-01',
      SITE,
    );
    expect(shareAlt(card)).toBe(`Visit, Happened. Aliyev visits Astana. October 2025. ${SITE}`);
  });
});

describe('share card layout', () => {
  /** A stand-in for the font: every letter 0.56 em wide. */
  const measure: Measure = (text, size) => [...text].length * size * 0.56;
  const fitsIn = (width: number) => (line: string) => measure(line, 10, 700) <= width;

  it('wraps at words, never wider than the room, and breaks a word wider than a line', () => {
    const lines = wrap('Aktau port terminal Baku–Tbilisi–Ceyhan', fitsIn(100));
    expect(lines.join('').replace(/\s/g, '')).toBe('AktauportterminalBaku–Tbilisi–Ceyhan');
    for (const line of lines) expect(measure(line, 10, 700)).toBeLessThanOrEqual(100);
    expect(lines[0]).toBe('Aktau port');
    expect(wrap('Baku–Tbilisi–Ceyhan', fitsIn(50))).toEqual(['Baku–Tbi', 'lisi–Cey', 'han']);
  });

  it('ends the last line allowed with an ellipsis when text is left out, and only then', () => {
    const lines = wrap('one two three four five six seven', fitsIn(60), 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measure(lines[1]!, 10, 700)).toBeLessThanOrEqual(60);
    expect(wrap('one two', fitsIn(60), 2).join(' ')).toBe('one two');
  });

  it('sets long titles smaller, never larger, and the whole title when it fits', () => {
    const sizes = [10, 30, 50, 80, 110, 140].map((n) => titleFit('word '.repeat(n / 5), measure).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBe(TITLE_SIZES[0]);
    expect(sizes[0]).toBeGreaterThan(sizes.at(-1)!);
    // 140 letters (the schema's limit) in words fit the lines allowed at the smallest size, whole.
    const title = 'Presidents agree to raise the volume of Kazakh oil through the pipeline '.repeat(2).slice(0, 140);
    const fit = titleFit(title, measure);
    expect(fit.lines.join(' ')).toBe(title.trim());
    for (const line of fit.lines) expect(measure(line, fit.size, 700)).toBeLessThanOrEqual(TITLE_WIDTH);
  });

  it('puts every paint inside the card, the foot under the title', () => {
    const c = entryShareCard(entry('e', { title: 'x '.repeat(70) }), '2026-12-01', SITE);
    const scene = shareLayout(c, measure);
    expect(scene).toMatchObject({ width: 1200, height: 630 });
    for (const p of scene.paints) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(630);
    }
    const texts = scene.paints.filter((p) => p.op === 'text');
    const site = texts.find((p) => p.text === SITE)!;
    expect(Math.max(...texts.filter((p) => p !== site).map((p) => p.y))).toBeLessThan(site.y - 60);
  });
});

describe('share image drawing', () => {
  const { fonts } = shareFonts();

  it('draws a 1200 × 630 PNG, the same bytes every time', async () => {
    const c = entryShareCard(entry('e', { title: 'Қазақстан және Әзірбайжан: Gəncə' }), '2026-12-01', SITE);
    const png = await renderSharePng(c, fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect((await renderSharePng(c, fonts)).equals(png)).toBe(true);
    // Another title is another picture.
    const other = entryShareCard(entry('e', { title: 'Қазақстан және Әзірбайжан: Gəncə!' }), '2026-12-01', SITE);
    expect((await renderSharePng(other, fonts)).equals(png)).toBe(false);
  });

  it('draws the same bytes in a drawing thread, into the file given, as in this one', async () => {
    const c = entryShareCard(entry('e', { title: 'Tokayev visits Baku', kind: 'visit' }), '2026-12-01', SITE);
    const dir = mkdtempSync(path.join(tmpdir(), 'kzaz-share-draw-'));
    try {
      const file = path.join(dir, 'cards', 'e.png');
      const [, here] = await Promise.all([drawToFile(c, fonts, file), renderSharePng(c, fonts)]);
      const inThread = readFileSync(file);
      expect(pngSize(inThread)).toEqual({ width: 1200, height: 630 });
      expect(inThread.equals(here)).toBe(true);
      // Written whole: no temporary file is left beside it.
      expect(readdirSync(path.dirname(file))).toEqual(['e.png']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /** The letters of `text` that no font file of `weight` has a glyph for. */
  const uncovered = (text: string, weight: 400 | 700, files = fonts) => {
    const faces = files.filter((f) => f.weight === weight).map((f) => create(f.data) as Font);
    return [...new Set(text.match(/\p{L}/gu) ?? [])].filter(
      (letter) => !faces.some((face) => face.hasGlyphForCodePoint(letter.codePointAt(0)!)),
    );
  };

  it('has glyphs, regular and bold, for Azerbaijani, Kazakh and Russian letters', () => {
    const letters = 'əƏğĞşŞıİçÇöÖüÜ ҚқҒғҮүҰұҢңӨөҺһІі ЖжЩщЫыЁёЭэЮюЯя';
    for (const weight of [400, 700] as const) expect(uncovered(letters, weight), String(weight)).toEqual([]);
    // The comparison can fail: the basic Latin subset alone has no Қ, and nothing here has 中.
    expect(
      uncovered(
        'Қ',
        700,
        fonts.filter((f) => f.subset === 'latin'),
      ),
    ).toEqual(['Қ']);
    expect(uncovered('中', 700)).toEqual(['中']);
  });

  it('has glyphs for every letter the content of the record writes', () => {
    const files = readdirSync('content', { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(mdx?|ya?ml|json)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(20);
    const text = files.map((f) => readFileSync(path.join('content', f), 'utf8')).join('\n');
    expect(uncovered(text, 700)).toEqual([]);
    expect(uncovered(text, 400)).toEqual([]);
  });
});

describe('share image cache', () => {
  const dir = useTempCacheDir('share-cache-');
  const drawing = { renderer: 'r', fonts: 'f', tools: 't' };
  const card = entryShareCard(entry('e', { title: 'One title' }), '2026-12-01', SITE);

  it('draws a card once into its file of the cache and reads it from there after that', async () => {
    const drawTo = vi.fn(async (file: string) => writeFileSync(file, 'png'));
    const key = shareKey(card, drawing);
    mkdirSync(path.join(dir, 'share-images'), { recursive: true });
    const file = await cachedImageFile(key, drawTo);
    expect(file).toBe(path.join(dir, 'share-images', `${key}.png`));
    expect(await cachedImageFile(shareKey({ ...card }, { ...drawing }), drawTo)).toBe(file);
    expect(drawTo).toHaveBeenCalledTimes(1);
    expect(readImage(file)).toEqual(Buffer.from('png'));
    expect(readdirSync(path.join(dir, 'share-images'))).toEqual([`${key}.png`]);
  });

  it('gives a new key to a changed card, font or drawing', () => {
    const key = shareKey(card, drawing);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(shareKey({ ...card, title: 'Another title' }, drawing)).not.toBe(key);
    expect(shareKey({ ...card, date: '2024' }, drawing)).not.toBe(key);
    expect(shareKey(card, { ...drawing, fonts: 'g' })).not.toBe(key);
    expect(shareKey(card, { ...drawing, renderer: 's' })).not.toBe(key);
  });
});
