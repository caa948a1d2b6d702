import { describe, expect, it } from 'vitest';
import { CASPIAN_DETAIL, clipSegment, inBox } from '../../src/lib/map/frame';
import { placeLabels, textWidth } from '../../src/lib/map/labels';
import { nearestBorderPoint } from '../../src/lib/map/outlines';
import { placeRows, toMapPlace } from '../../src/lib/map/places';
import { caspianMap, locatorMap, regionMap } from '../../src/lib/map/presets';
import { routeCoordinates } from '../../src/lib/map/route-lines';
import { routePlaceIds, splitRoutes } from '../../src/lib/map/routes';
import { archiveText, corpusPlaces, corpusRoutes, corpusSources } from './chart-corpus';

const { drawn: ROUTES, undrawn: UNDRAWN_ROUTES } = splitRoutes(corpusRoutes());

const places = corpusPlaces().map(toMapPlace);
const byId = new Map(places.map((p) => [p.id, p]));

describe('routes', () => {
  it('pass only through places of the record', () => {
    for (const id of routePlaceIds(ROUTES)) expect(byId.has(id), id).toBe(true);
  });

  it('cite sources of the record, with sentences found word for word in the archived articles', () => {
    const sources = new Map(corpusSources().map((s) => [s.id, s.data]));
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    for (const r of [...ROUTES, ...UNDRAWN_ROUTES]) {
      expect(r.sources.length, r.name).toBeGreaterThan(0);
      for (const s of r.sources) {
        const source = sources.get(s.source.id);
        expect(source, s.source.id).toBeDefined();
        const text = archiveText(source!.archive);
        if (text !== undefined) expect(flat(text), `${r.name}: ${s.says}`).toContain(flat(s.says));
      }
    }
  });

  it('draws the CPC from the Kazakh border point nearest Novorossiysk', () => {
    const [start, end] = routeCoordinates([{ country: 'KZ' }, { collection: 'places', id: 'novorossiysk' }], byId);
    expect(end).toEqual([byId.get('novorossiysk')!.lon, byId.get('novorossiysk')!.lat]);
    expect(start).toEqual(nearestBorderPoint('KZ', end!));
    // West of the Caspian's northern shore, well away from Astana.
    expect(start![0]).toBeLessThan(50);
    expect(start![1]).toBeGreaterThan(45);
  });

  it('refuses a stop that is not a place', () => {
    expect(() =>
      routeCoordinates(
        [
          { collection: 'places', id: 'atlantis' },
          { collection: 'places', id: 'baku' },
        ],
        byId,
      ),
    ).toThrow(/atlantis/);
  });
});

describe('the maps', () => {
  const region = regionMap(places, ROUTES);
  const caspian = caspianMap(places, ROUTES);

  it('link every place with coordinates on one of the two maps, with a name', () => {
    const linked = [...region.points, ...caspian.points].filter((p) => p.linked);
    expect(linked.map((p) => p.id).sort()).toEqual(places.map((p) => p.id).sort());
    for (const p of linked) {
      expect(p.href).toBe(`/places/${p.id}/`);
      expect(p.label, p.id).toBeDefined();
    }
    expect(new Set(linked.map((p) => p.id)).size).toBe(linked.length);
  });

  it('put the Caspian ports on the detail map and the far places on the region map', () => {
    const on = (m: typeof region, id: string) => m.points.find((p) => p.id === id)?.linked;
    expect(on(caspian, 'aktau')).toBe(true);
    expect(on(caspian, 'alat')).toBe(true);
    expect(on(region, 'ceyhan')).toBe(true);
    expect(on(region, 'astana')).toBe(true);
    expect(on(region, 'aktau')).toBe(false);
    expect(placeRows(places).find((r) => r.id === 'sumgayit')!.shownOn).toBe('caspian');
  });

  it('draw every route, dashing only the planned cable, and name each on the region map or detail', () => {
    expect(region.routes.map((r) => r.id)).toEqual(ROUTES.map((r) => r.id));
    for (const r of region.routes) expect(r.d, r.id).toMatch(/^M/);
    expect(region.routes.filter((r) => r.planned).map((r) => r.id)).toEqual(['fibre-optic-cable']);
    const named = new Set([...region.routes, ...caspian.routes].filter((r) => r.label).map((r) => r.id));
    expect([...named].sort()).toEqual(ROUTES.map((r) => r.id).sort());
  });

  it('keep points inside the frame and outline the detail area on the region map', () => {
    for (const m of [region, caspian]) {
      for (const p of m.points) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(m.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(m.height);
      }
    }
    expect(region.inset!.width).toBeGreaterThan(0);
    expect(region.land.some((l) => l.focus && l.name === 'Kazakhstan')).toBe(true);
    expect(region.countryLabels.map((l) => l.name)).toEqual(expect.arrayContaining(['Kazakhstan', 'Azerbaijan']));
    expect(inBox(CASPIAN_DETAIL, byId.get('caspian-sea')!)).toBe(true);
  });

  it('draw a locator around one place, marked as the place', () => {
    const m = locatorMap(byId.get('aktau')!);
    expect(m.points).toHaveLength(1);
    expect(m.points[0]).toMatchObject({ id: 'aktau', here: true });
    expect(Math.abs(m.points[0]!.x - m.width / 2)).toBeLessThan(m.width * 0.1);
    expect(m.land.find((l) => l.name === 'Kazakhstan')?.focus).toBe(true);
  });
});

describe('label placement', () => {
  const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const box = (l: { x: number; y: number; anchor: string }, text: string) => {
    const w = textWidth(text, 12);
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return { x0, x1: x0 + w, y0: l.y - 9.6, y1: l.y + 2.4 };
  };

  it('moves a label aside when the right-hand spot is taken', () => {
    const items = [
      { x: 100, y: 100, text: 'Baku' },
      { x: 100, y: 104, text: 'Sumgayit' },
    ];
    const [a, b] = placeLabels(items, { width: 300, height: 200 });
    expect(a!.anchor).toBe('start');
    expect(b).not.toEqual({ x: 107, y: 108.2, anchor: 'start' });
    expect(overlap(box(a!, 'Baku'), box(b!, 'Sumgayit'))).toBe(false);
  });

  it('keeps labels inside the frame', () => {
    const [l] = placeLabels([{ x: 295, y: 100, text: 'Novorossiysk' }], { width: 300, height: 200 });
    expect(l!.anchor).toBe('end');
  });

  it('clips a segment to the frame', () => {
    expect(clipSegment({ x: -10, y: 50 }, { x: 110, y: 50 }, { width: 100, height: 100 })).toEqual([
      { x: 0, y: 50 },
      { x: 100, y: 50 },
    ]);
    expect(clipSegment({ x: -10, y: -10 }, { x: -5, y: -50 }, { width: 100, height: 100 })).toBeUndefined();
  });
});
