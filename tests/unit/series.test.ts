import { describe, expect, it } from 'vitest';
import { seriesSchema } from '../../src/schemas/entities';
import { plainRef } from '../../src/schemas/fields';
import { entriesBySeries, groupByPeriod, isProjected, sourcesAgree, sourcesDiffer } from '../../src/lib/charts/groups';
import type { SeriesData } from '../../src/lib/charts/model';
import { combinedView, differNotes, seriesView } from '../../src/lib/charts/view';
import { combosOf, dataSections } from '../../src/lib/charts/combined';
import { entrySchema } from '../../src/schemas/entry';
import { figureRows } from '../../src/lib/entry/figures';
import type { Lookups } from '../../src/lib/entry/lookups';
import { corpusCharts, corpusSeries, sourceNames } from './chart-corpus';
import { make } from './factory';

/** A series through the real schema. */
const series = (points: Record<string, unknown>[], extra: Record<string, unknown> = {}): SeriesData =>
  seriesSchema(plainRef).parse({ title: 'Trade', unit: 'million USD', points, ...extra });

const names = new Map([
  ['a', { data: { title: 'Article A' } }],
  ['b', { data: { title: 'Article B' } }],
]);

describe('grouping by period', () => {
  it('orders groups in time whatever the file order, and keeps every point', () => {
    const s = series([
      { period: '2025-H1', value: 800, source: 'b' },
      { period: '2024', value: 470, source: 'a' },
      { period: '2023-03', value: 1, source: 'a' },
      { period: '2024', value: 600, source: 'b' },
    ]);
    const groups = groupByPeriod(s.points, s.unit);
    expect(groups.map((g) => g.period.text)).toEqual(['2023-03', '2024', '2025-H1']);
    expect(groups[1]!.points.map((p) => p.value)).toEqual([470, 600]);
    expect(groups.flatMap((g) => g.points)).toHaveLength(4);
  });

  it('keeps different units and categories of one period apart', () => {
    const s = series([
      { period: '2025', value: 60, source: 'a' },
      { period: '2025', value: 50, unit: '% of capacity in use', source: 'a' },
      { period: '2025', value: 5, category: 'Condensate', source: 'a' },
    ]);
    const groups = groupByPeriod(s.points, s.unit);
    expect(groups).toHaveLength(3);
    expect(groups.map((g) => g.unit)).toEqual(['million USD', '% of capacity in use', 'million USD']);
  });
});

describe('conflict detection', () => {
  it('flags a period where sources give different values, and keeps both', () => {
    const view = seriesView(
      'trade',
      series([
        { period: '2024', value: 470, source: 'a' },
        { period: '2024', value: 600, source: 'b' },
        { period: '2025', value: 547, source: 'a' },
      ]),
      names,
    );
    const [y2024, y2025] = view.charts[0]!.groups;
    expect(y2024!.conflict).toBe(true);
    expect(y2024!.points.map((p) => [p.value, p.source.name])).toEqual([
      [470, 'Article A'],
      [600, 'Article B'],
    ]);
    expect(y2025!.conflict).toBe(false);
    expect(view.conflicts).toEqual([
      {
        what: '2024',
        values: [
          { valueText: '470 million USD', statusLabel: 'Actual', source: expect.objectContaining({ id: 'a', n: 1 }) },
          { valueText: '600 million USD', statusLabel: 'Actual', source: expect.objectContaining({ id: 'b', n: 2 }) },
        ],
      },
    ]);
    expect(view.charts[0]!.summary[0]).toBe(
      '2024: 470 million USD (actual, source 1) and 600 million USD (actual, source 2); the sources differ.',
    );
  });

  it('tells agreeing sources from differing ones', () => {
    const same = [
      { value: 7, source: { id: 'a' } },
      { value: 7, source: { id: 'b' } },
    ];
    expect(sourcesDiffer(same)).toBe(false);
    expect(sourcesAgree(same)).toBe(true);
    expect(sourcesDiffer([...same, { value: 8, source: { id: 'a' } }])).toBe(true);
    // Two values from one source are the ends of a range it states, not a conflict.
    expect(
      sourcesDiffer([
        { value: 400, source: { id: 'a' } },
        { value: 500, source: { id: 'a' } },
      ]),
    ).toBe(false);
    expect(sourcesAgree([{ value: 7, source: { id: 'a' } }])).toBe(false);
  });

  it('finds the two corpus conflicts: trade in 2024 and the CPC share', () => {
    const all = corpusSeries();
    const view = (id: string) => seriesView(id, all.find((s) => s.id === id)!.data, sourceNames());
    const trade = view('trade-turnover').conflicts;
    expect(trade.map((c) => c.what)).toEqual(['2024']);
    expect(trade[0]!.values.map((v) => [v.valueText, v.source.id])).toEqual([
      ['470 million USD', 'caspian-powerhouse-2025'],
      ['600 million USD', 'trend-2025-aliyev-state-visit'],
    ]);
    const cpc = view('cpc-share-of-kazakh-oil-exports').conflicts;
    expect(cpc[0]!.values.map((v) => v.valueText)).toEqual(['80%', 'nearly 90%']);
  });
});

describe('target versus actual', () => {
  it('marks targets, forecasts and estimates as projected, and says so in the legend', () => {
    expect(['actual', 'target', 'estimate', 'forecast'].map((s) => isProjected(s as never))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    const view = seriesView(
      'oil',
      series(
        [
          { period: '2025', value: 1.2, status: 'target', source: 'a' },
          { period: '2025', value: 1.7, status: 'forecast', source: 'b' },
          { period: '2027', value: 7, status: 'target', source: 'a' },
        ],
        { unit: 'million tonnes' },
      ),
      names,
    );
    const chart = view.charts[0]!;
    expect(chart.legend).toEqual({ actual: false, projected: ['target', 'forecast'] });
    expect(view.rows.map((r) => [r.value, r.projected, r.statusLabel])).toEqual([
      [1.2, true, 'Target'],
      [1.7, true, 'Forecast'],
      [7, true, 'Target'],
    ]);
    // A target and a forecast that differ are still two sources differing: both kept.
    expect(chart.groups[0]!.conflict).toBe(true);
  });

  it('defaults a point without status to actual (the schema default)', () => {
    const view = seriesView('t', series([{ period: '2024', value: 1, source: 'a' }]), names);
    expect(view.rows[0]!.projected).toBe(false);
    expect(view.charts[0]!.legend).toEqual({ actual: true, projected: [] });
  });
});

describe('series views', () => {
  it('draws one chart per unit and numbers sources by first use', () => {
    const view = seriesView(
      'btc-capacity',
      series(
        [
          { period: '2025', value: 60, source: 'b' },
          { period: '2025', value: 50, qualifier: 'about', unit: '% of capacity in use', source: 'a' },
        ],
        { title: 'Capacity', unit: 'million tonnes per year' },
      ),
      names,
    );
    expect(view.charts.map((c) => [c.id, c.unit])).toEqual([
      ['btc-capacity-1', 'million tonnes per year'],
      ['btc-capacity-2', '% of capacity in use'],
    ]);
    expect(view.sources.map((s) => [s.n, s.id, s.href])).toEqual([
      [1, 'b', '/sources/#source-b'],
      [2, 'a', '/sources/#source-a'],
    ]);
    expect(view.rows.map((r) => r.valueText)).toEqual(['60 million tonnes per year', 'about 50 % of capacity in use']);
    expect(view.href).toBe('/data/btc-capacity/');
  });

  it('formats periods with the project formatter, capitalised', () => {
    const view = seriesView(
      't',
      series([
        { period: '2025-01/2025-08', value: 547, source: 'a' },
        { period: '2026-Q2', value: 1, source: 'a' },
      ]),
      names,
    );
    expect(view.rows.map((r) => r.periodLabel)).toEqual(['January–August 2025', 'Second quarter of 2026']);
  });

  it('lists every corpus series on the data page, under its topic', () => {
    const all = corpusSeries();
    const topics = [
      { id: 'energy', data: { name: 'Energy' } },
      { id: 'trade', data: { name: 'Trade and investment' } },
    ];
    const sections = dataSections(all, topics, sourceNames(), corpusCharts());
    const shown = sections.flatMap((s) => s.series.map((v) => v.id)).sort();
    expect(shown).toEqual(all.map((s) => s.id).sort());
    expect(sections.map((s) => s.title)).toEqual(['Energy', 'Trade and investment']);
    expect(sections[0]!.combined.map((c) => c.id)).toEqual(['btc-throughput-and-capacity']);
  });
});

describe('combined chart', () => {
  const all = new Map(corpusSeries().map((s) => [s.id, s]));
  const view = combinedView(corpusCharts()[0]!, all, sourceNames());

  it('puts BTC throughput and capacity on one axis, leaving out the share in use', () => {
    expect(view.rows.map((r) => [r.periodLabel, r.slot, r.value])).toEqual([
      ['2023', 'Carried', 30],
      ['2025', 'Capacity', 60],
    ]);
    expect(view.chart.slots).toEqual(['Carried', 'Capacity']);
    expect(view.series.map((s) => s.href)).toEqual(['/data/btc-throughput/', '/data/btc-capacity/']);
    expect(combosOf('btc-capacity', corpusCharts())).toHaveLength(1);
    expect(combosOf('trade-turnover', corpusCharts())).toHaveLength(0);
  });

  it('never calls two different measures of one period a conflict', () => {
    const two = new Map([
      ['x', { data: series([{ period: '2025', value: 30, source: 'a' }], { unit: 'Mt' }) }],
      ['y', { data: series([{ period: '2025', value: 60, source: 'a' }], { unit: 'Mt/yr' }) }],
    ]);
    const v = combinedView(
      {
        id: 'c',
        ...make('charts', 'c', {
          title: 'C',
          description: 'Two measures.',
          unit: 'Mt',
          members: [
            { series: 'x', unit: 'Mt', label: 'X' },
            { series: 'y', unit: 'Mt/yr', label: 'Y' },
          ],
        }).data,
      },
      two,
      names,
    );
    expect(v.chart.groups).toHaveLength(1);
    expect(v.chart.groups[0]!.conflict).toBe(false);
    expect(differNotes(v.chart.groups)).toEqual([]);
  });
});

describe('entries by series', () => {
  it('indexes each entry once per series its figures name', () => {
    const e = (id: string, series: (string | undefined)[]) => ({
      id,
      data: { figures: series.map((s) => ({ series: s ? { id: s } : undefined })) },
    });
    const map = entriesBySeries([e('a', ['trade', 'trade']), e('b', [undefined]), e('c', ['trade', 'oil'])]);
    expect([...map.entries()].map(([k, v]) => [k, v.map((x) => x.id)])).toEqual([
      ['trade', ['a', 'c']],
      ['oil', ['c']],
    ]);
  });
});

describe('figures on an entry page', () => {
  const entry = entrySchema(plainRef).parse({
    title: 'Trade and oil',
    kind: 'event',
    date: '2025',
    summary: 'S.',
    topics: ['trade'],
    sources: ['a'],
    figures: [
      { label: 'Trade, per statistics', value: 470, unit: 'million USD', period: '2024', source: 'a', series: 'trade' },
      { label: 'Trade', value: 600, unit: 'million USD', period: '2024', source: 'b', series: 'trade' },
      { label: 'Via CPC', value: 55, unit: 'million tonnes', period: '2024', source: 'b', series: 'routes' },
      { label: 'Via Aktau', value: 3.6, unit: 'million tonnes', period: '2024', source: 'b', series: 'routes' },
      { label: 'Output', value: 90, unit: 'million tonnes', source: 'b' },
    ],
  });
  const empty = new Map();
  const look = {
    topics: empty,
    people: empty,
    organizations: empty,
    places: empty,
    entries: empty,
    sources: names,
    series: new Map([
      ['trade', { data: { title: 'Trade turnover', shape: 'time' } }],
      ['routes', { data: { title: 'Export routes', shape: 'breakdown' } }],
    ]),
  } as unknown as Lookups;
  const rows = figureRows(entry, look);

  it('link each figure to the chart of its series', () => {
    expect(rows.map((r) => r.series?.href)).toEqual([
      '/data/trade/',
      '/data/trade/',
      '/data/routes/',
      '/data/routes/',
      undefined,
    ]);
    expect(rows[0]!.series!.name).toBe('Trade turnover');
    expect(rows[0]!.source.href).toBe('/sources/#source-a');
  });

  it('flag differing values of one series and period, whatever their labels, but not the parts of a breakdown', () => {
    expect(rows.map((r) => r.conflicts)).toEqual([true, true, false, false, false]);
  });
});
