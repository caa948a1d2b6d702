import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/check/run';
import { loadContent } from '../../src/check/load-content';
import { ROOT } from '../helpers/astro';

// The real corpus in content/: the same check as `npm run check` and the build guard
// (every entry cites a registered source, every reference resolves, no duplicate id or
// date + title), plus what a reader of the corpus relies on.
describe('the corpus', () => {
  const { files } = loadContent(ROOT);
  const of = (collection: string) => files.filter((f) => f.collection === collection);

  it('passes the content check with no problems', () => {
    const { problems, report } = runContentCheck(ROOT);
    expect(problems, report).toEqual([]);
  });

  it('has a source file for each of the five archived articles, and every source is cited', () => {
    const sources = of('sources');
    expect(sources.map((s) => (s.data as { archive?: string }).archive).sort()).toEqual([
      '000_59af5dd372e87148.txt',
      '001_feb71561b88e0f3b.txt',
      '002_0079a3c04491d877.txt',
      '003_4a2e7728195165c7.txt',
      '004_775604eb81647bbe.txt',
    ]);
    const cited = new Set(of('entries').flatMap((e) => (e.data as { sources: string[] }).sources));
    for (const s of sources) expect(cited.has(s.id), s.id).toBe(true);
  });

  it('keeps both conflicting 2024 trade figures, each with its own source', () => {
    const trade = of('series').find((s) => s.id === 'trade-turnover')!;
    const points = (trade.data as { points: { period: string; value: number; source: string }[] }).points.filter(
      (p) => p.period === '2024',
    );
    expect(points.map((p) => [p.value, p.source]).sort()).toEqual([
      [470, 'caspian-powerhouse-2025'],
      [600, 'trend-2025-aliyev-state-visit'],
    ]);
  });

  it('gives every place coordinates and keeps the spelling variants as aliases', () => {
    const alias = (collection: string, id: string) =>
      (of(collection).find((f) => f.id === id)?.data as { aliases?: string[] } | undefined)?.aliases ?? [];
    expect(alias('places', 'aktau')).toContain('Aqtau');
    expect(alias('places', 'sumgayit')).toContain('Sumqayit');
    expect(alias('organizations', 'kazmunaygas')).toContain('KazMunayGaz');
    expect(alias('people', 'kassym-jomart-tokayev')).toContain('Toqaev');
    for (const p of of('places')) expect(typeof (p.data as { lat: unknown }).lat, p.id).toBe('number');
  });
});
