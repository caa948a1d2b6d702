/**
 * Maps projected at build time: Natural Earth country outlines (world-atlas, 1:50m)
 * clipped to the region, the places of the record as points and the routes of
 * src/lib/routes.ts as lines between them. Returns plain data (path strings and
 * coordinates); components turn it into SVG. Nothing is fetched at run time.
 */
import {
  geoBounds,
  geoConicConformal,
  geoContains,
  geoDistance,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { countryName, type CountryCode } from '../../primitives/countries';
import { formatCoordinates } from '../entities/facts';
import { label } from '../format/labels';
import { paths } from '../urls/paths';
import { stopPlace, type RouteDef, type RouteStop } from './routes';
import type { z } from 'astro/zod';
import type { placeSchema } from '../../schemas/entities';

/** ISO 3166-1 numeric ids (world-atlas) of the countries src/lib/countries.ts names. */
const ISO_NUMERIC: Partial<Record<string, CountryCode>> = {
  '398': 'KZ',
  '031': 'AZ',
  '643': 'RU',
  '268': 'GE',
  '792': 'TR',
  '860': 'UZ',
  '795': 'TM',
  '417': 'KG',
  '762': 'TJ',
  '156': 'CN',
  '364': 'IR',
  '051': 'AM',
  '804': 'UA',
  '004': 'AF',
  '642': 'RO',
  '100': 'BG',
};

export interface Country {
  code?: CountryCode | undefined;
  name: string;
  feature: Feature<Geometry>;
  /** [[west, south], [east, north]] in degrees, to skip countries far outside a map. */
  bounds: [[number, number], [number, number]];
}

let countries: Country[] | undefined;
/** Every country outline, read once. */
export function countryShapes(): Country[] {
  if (!countries) {
    const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries);
    countries = fc.features.map((f) => {
      const code = ISO_NUMERIC[String(f.id)];
      return { code, name: code ? countryName(code) : (f.properties?.name ?? ''), feature: f, bounds: geoBounds(f) };
    });
  }
  return countries;
}

const shapeOf = (code: CountryCode): Country => {
  const c = countryShapes().find((s) => s.code === code);
  if (!c) throw new Error(`no outline for country ${code}`);
  return c;
};

type PlaceData = z.output<typeof placeSchema>;

/** A place as the maps take it: its id and the fields of its schema that a map uses. */
export type MapPlace = { id: string } & Pick<PlaceData, 'name' | 'type' | 'lat' | 'lon' | 'country'>;

export interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The crowded Caspian crossing, drawn as its own map (a presentation choice, not a fact). */
export const CASPIAN_DETAIL: Box = { west: 46.9, east: 54.2, south: 38.9, north: 45.0 };

export const inBox = (b: Box, p: { lon: number; lat: number }): boolean =>
  p.lon >= b.west && p.lon <= b.east && p.lat >= b.south && p.lat <= b.north;

const boxCorners = (b: Box): GeoPermissibleObjects => ({
  type: 'MultiPoint',
  coordinates: [
    [b.west, b.south],
    [b.east, b.south],
    [b.east, b.north],
    [b.west, b.north],
    [(b.west + b.east) / 2, b.north],
    [(b.west + b.east) / 2, b.south],
  ],
});

/** The point of a country's outline nearest to a place (for stops the sources give only as a country). */
export function nearestBorderPoint(code: CountryCode, to: Position): Position {
  let best: Position = [0, 0];
  let min = Infinity;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const d = geoDistance(c as [number, number], to as [number, number]);
      if (d < min) [min, best] = [d, c as Position];
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  const g = shapeOf(code).feature.geometry;
  if ('coordinates' in g) walk(g.coordinates);
  return best;
}

/** Coordinates of each stop of a polyline; a country stop takes its border point nearest the adjacent stop. */
export function routeCoordinates(stops: readonly RouteStop[], places: ReadonlyMap<string, MapPlace>): Position[] {
  const at = (s: RouteStop): Position | undefined => {
    const id = stopPlace(s);
    if (id === undefined) return undefined;
    const p = places.get(id);
    if (!p) throw new Error(`route stop "${id}" is not a place in content/places/`);
    return [p.lon, p.lat];
  };
  const fixed = stops.map(at);
  return stops.map((s, i) => {
    if (fixed[i]) return fixed[i]!;
    const neighbour = fixed[i + 1] ?? fixed[i - 1];
    if (!neighbour || !('country' in s)) throw new Error('a country stop needs a place next to it');
    return nearestBorderPoint(s.country, neighbour);
  });
}

export interface LabelBox {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rough width of a label: enough to keep labels apart without measuring fonts. */
export const textWidth = (text: string, size: number): number => text.length * size * 0.56;

type Candidate = [dx: number, dy: number, anchor: LabelBox['anchor']];

/**
 * Keeps labels apart: each new label takes the first of its candidate spots that stays
 * inside the frame and clear of the labels placed so far and of the points; when none
 * is clear, the first spot inside the frame (or, failing that, `fallback`).
 */
export function labelLayout(frame: { width: number; height: number }, dots: readonly Rect[], size = 12) {
  const placed: Rect[] = [];
  const rectOf = (x: number, y: number, text: string, [dx, dy, anchor]: Candidate, widen: number): Rect => {
    const w = textWidth(text, size) * widen;
    const left = x + dx - (anchor === 'start' ? 0 : anchor === 'end' ? w : w / 2);
    return { x0: left, y0: y + dy - size * 0.8, x1: left + w, y1: y + dy + size * 0.2 };
  };
  const inside = (b: Rect) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= frame.width - 2 && b.y1 <= frame.height - 2;
  const clear = (b: Rect, own?: Rect) =>
    !placed.some((o) => overlaps(o, b)) && !dots.some((d) => d !== own && overlaps(d, b));
  return {
    /** Places `text` at the first good spot among `spots` (points with candidate offsets). */
    place(
      text: string,
      spots: readonly { x: number; y: number; own?: Rect; candidates: readonly Candidate[] }[],
      fallback = true,
      /** How much wider than plain text it sets (capitals with letter spacing: about 1.4). */
      widen = 1,
    ): LabelBox | undefined {
      const all = spots.flatMap((s) => s.candidates.map((c) => ({ s, c, r: rectOf(s.x, s.y, text, c, widen) })));
      const pick =
        all.find((o) => inside(o.r) && clear(o.r, o.s.own)) ?? (fallback ? all.find((o) => inside(o.r)) : undefined);
      if (!pick) return undefined;
      placed.push(pick.r);
      return { x: round(pick.s.x + pick.c[0]), y: round(pick.s.y + pick.c[1]), anchor: pick.c[2] };
    },
  };
}

const dotRect = (x: number, y: number, r: number): Rect => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** Label spots around a point: right, left, above, below, then the corners. */
function besideDot(size: number, r: number): Candidate[] {
  const gap = r + 3;
  return [
    [gap, size * 0.35, 'start'],
    [-gap, size * 0.35, 'end'],
    [0, -gap, 'middle'],
    [0, gap + size * 0.8, 'middle'],
    [gap - 2, -gap + 2, 'start'],
    [gap - 2, gap + size * 0.6, 'start'],
    [-gap + 2, -gap + 2, 'end'],
    [-gap + 2, gap + size * 0.6, 'end'],
  ];
}

/** Labels beside points, in the order given, kept apart from each other and from the points. */
export function placeLabels(
  items: readonly { x: number; y: number; text: string }[],
  frame: { width: number; height: number },
  size = 12,
  r = 4,
): LabelBox[] {
  const dots = items.map((p) => dotRect(p.x, p.y, r));
  const layout = labelLayout(frame, dots, size);
  return items.map((item, i) => layout.place(item.text, [{ ...item, own: dots[i]!, candidates: besideDot(size, r) }])!);
}

/** The part of segment a–b inside the frame (Liang–Barsky), or undefined. */
export function clipSegment(
  a: { x: number; y: number },
  b: { x: number; y: number },
  frame: { width: number; height: number },
): [{ x: number; y: number }, { x: number; y: number }] | undefined {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x],
    [dx, frame.width - a.x],
    [-dy, a.y],
    [dy, frame.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return undefined;
  return [
    { x: a.x + t0 * dx, y: a.y + t0 * dy },
    { x: a.x + t1 * dx, y: a.y + t1 * dy },
  ];
}

const round = (v: number) => Math.round(v * 10) / 10;

export interface MapPoint {
  id: string;
  name: string;
  type: string;
  href: string;
  x: number;
  y: number;
  /** A link to the place page (else a plain dot, shown in full on another map). */
  linked: boolean;
  label?: LabelBox | undefined;
  /** The place a locator map is about. */
  here: boolean;
  /** "Aktau, Kazakhstan (43.65° N, 51.16° E)". */
  description: string;
}

export interface MapRoute {
  id: string;
  short: string;
  kind: RouteDef['kind'];
  planned: boolean;
  d: string;
  label?: (LabelBox & { text: string }) | undefined;
}

export interface MapView {
  width: number;
  height: number;
  land: { name: string; d: string; focus: boolean }[];
  countryLabels: { name: string; x: number; y: number }[];
  routes: MapRoute[];
  points: MapPoint[];
  /** An outlined area that another map shows in detail. */
  inset?: { x: number; y: number; width: number; height: number } | undefined;
}

export interface MapOptions {
  width: number;
  /** What must be in view. */
  fit: GeoPermissibleObjects;
  places: readonly MapPlace[];
  routes?: readonly RouteDef[];
  /** Countries drawn in the stronger fill. */
  focus?: readonly CountryCode[];
  /** Which places are links with labels (others are small plain dots). */
  linked?: (p: MapPlace) => boolean;
  /** The place a locator map is about. */
  here?: string;
  /** An area to outline (shown in detail elsewhere). */
  inset?: Box;
  /** Smallest projected area (px²) of a country that gets a name. */
  labelArea?: number;
  padding?: number;
}

const describe = (p: MapPlace) =>
  `${p.name}${p.country ? `, ${countryName(p.country)}` : ''} (${formatCoordinates(p.lat, p.lon)})`;

/** The lon/lat box a frame covers, from points along its edges, with a margin. */
function frameBounds(projection: GeoProjection, width: number, height: number): Country['bounds'] {
  const lons: number[] = [];
  const lats: number[] = [];
  for (let i = 0; i <= 10; i++) {
    for (const [x, y] of [
      [(width * i) / 10, 0],
      [(width * i) / 10, height],
      [0, (height * i) / 10],
      [width, (height * i) / 10],
    ] as [number, number][]) {
      const ll = projection.invert?.([x, y]);
      if (ll) [lons[lons.length], lats[lats.length]] = ll;
    }
  }
  const m = 3;
  return [
    [Math.min(...lons) - m, Math.min(...lats) - m],
    [Math.max(...lons) + m, Math.max(...lats) + m],
  ];
}

/** Whether two lon/lat boxes meet (a box crossing the antimeridian is kept: west > east). */
const boundsMeet = (a: Country['bounds'], b: Country['bounds']) =>
  a[0][0] > a[1][0] || (a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1]);

/** Projects one map. */
export function buildMap(o: MapOptions): MapView {
  const pad = o.padding ?? 24;
  const projection = geoConicConformal().parallels([38, 50]).rotate([-50, 0]);
  projection.fitWidth(o.width - 2 * pad, o.fit);
  const [tx, ty] = projection.translate();
  projection.translate([tx + pad, ty + pad]);
  const bounds = geoPath(projection).bounds(o.fit);
  const width = o.width;
  const height = Math.ceil(bounds[1][1] + pad);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const focus = new Set(o.focus ?? []);

  const land: MapView['land'] = [];
  const named: { name: string; x: number; y: number; area: number; focus: boolean; shape: Feature<Geometry> }[] = [];
  const view = frameBounds(projection, width, height);
  for (const c of countryShapes()) {
    if (!boundsMeet(c.bounds, view)) continue;
    const d = path(c.feature);
    if (!d) continue;
    land.push({ name: c.name, d, focus: c.code !== undefined && focus.has(c.code) });
    const area = path.area(c.feature);
    if (c.code && area > (o.labelArea ?? 2500)) {
      const [x, y] = path.centroid(c.feature);
      named.push({ name: c.name, x, y, area, focus: focus.has(c.code), shape: c.feature });
    }
  }

  const byId = new Map(o.places.map((p) => [p.id, p]));
  const project = (lon: number, lat: number) => {
    const xy = projection([lon, lat]);
    return xy ? { x: round(xy[0]), y: round(xy[1]) } : undefined;
  };
  const visible = o.places.flatMap((p) => {
    const xy = project(p.lon, p.lat);
    return xy && xy.x >= 0 && xy.x <= width && xy.y >= 0 && xy.y <= height ? [{ p, ...xy }] : [];
  });
  const linked = o.linked ?? (() => true);
  const size = 12;
  const r = 4;
  const dots = visible.map((v) => dotRect(v.x, v.y, r));
  const layout = labelLayout({ width, height }, dots, size);
  const points: MapPoint[] = visible.map((v, i) => {
    const isLinked = linked(v.p);
    return {
      id: v.p.id,
      name: v.p.name,
      type: v.p.type,
      href: paths.place(v.p.id),
      x: v.x,
      y: v.y,
      linked: isLinked,
      label: isLinked ? layout.place(v.p.name, [{ ...v, own: dots[i]!, candidates: besideDot(size, r) }]) : undefined,
      here: v.p.id === o.here,
      description: describe(v.p),
    };
  });

  // Country names only where they fit whole and clear of the rest: the focus countries
  // right after the places, the others after the routes, largest first.
  const countryLabels: MapView['countryLabels'] = [];
  const nameCountries = (list: typeof named) => {
    for (const c of list.sort((a, b) => b.area - a.area)) {
      const text = c.name.toUpperCase();
      const half = (textWidth(text, 12) * 1.15) / 2;
      // A name sits wholly on its own country (both ends and the middle inside it); the
      // focus countries, which must be named, may overhang when they are too small.
      const inside = (x: number, y: number) => {
        const ll = projection.invert?.([x, y - 4]);
        return ll !== undefined && ll !== null && geoContains(c.shape, ll);
      };
      const whole = (x: number, y: number) => [x - half, x, x + half].every((px) => inside(px, y));
      const offsets = [0, -16, 16, -30, 30].flatMap((dy) => [0, -24, 24].map((dx): Candidate => [dx, dy, 'middle']));
      const spotsWhere = (ok: (x: number, y: number) => boolean) => [
        { x: c.x, y: c.y, candidates: offsets.filter(([dx, dy]) => ok(c.x + dx, c.y + dy)) },
      ];
      const spot =
        layout.place(text, spotsWhere(whole), false, 1.15) ??
        (c.focus ? layout.place(text, spotsWhere(inside), false, 1.15) : undefined);
      if (spot) countryLabels.push({ name: c.name, x: spot.x, y: spot.y });
    }
  };
  nameCountries(named.filter((c) => c.focus));

  // Each route's name goes beside the visible part of one of its legs, longest first,
  // where it clears the place names; a route with no such spot is named in the key only.
  const along: Candidate[] = [
    [0, -7, 'middle'],
    [0, size + 5, 'middle'],
  ];
  // A route whose places are not all in the content (a small test corpus) is left out.
  const drawable = (o.routes ?? []).filter((route) =>
    route.lines.every((stops) => stops.every((s) => stopPlace(s) === undefined || byId.has(stopPlace(s)!))),
  );
  const routes: MapRoute[] = drawable.map((route) => {
    const lines = route.lines.map((stops) => routeCoordinates(stops, byId));
    const d = path({ type: 'MultiLineString', coordinates: lines }) ?? '';
    const legs = lines
      .flatMap((l) =>
        l.slice(1).map((b, i) => [projection(l[i] as [number, number]), projection(b as [number, number])]),
      )
      .flatMap(([a, b]) => (a && b ? [clipSegment({ x: a[0], y: a[1] }, { x: b[0], y: b[1] }, { width, height })] : []))
      .flatMap((seg) => (seg ? [{ seg, len: Math.hypot(seg[1].x - seg[0].x, seg[1].y - seg[0].y) }] : []))
      .filter((l) => l.len > textWidth(route.short, size) * 0.6)
      .sort((a, b) => b.len - a.len);
    const spots = legs.flatMap(({ seg: [a, b] }) =>
      [0.5, 0.35, 0.65, 0.25, 0.75].map((t) => ({
        x: a.x + (b.x - a.x) * t,
        y: a.y + (b.y - a.y) * t,
        candidates: along,
      })),
    );
    const label = spots.length > 0 ? layout.place(route.short, spots, false) : undefined;
    return {
      id: route.id,
      short: route.short,
      kind: route.kind,
      planned: route.status === 'planned',
      d,
      label: label && { ...label, text: route.short },
    };
  });

  nameCountries(named.filter((c) => !c.focus));

  let inset: MapView['inset'];
  if (o.inset) {
    const a = project(o.inset.west, o.inset.north);
    const b = project(o.inset.east, o.inset.south);
    if (a && b) inset = { x: a.x, y: a.y, width: round(b.x - a.x), height: round(b.y - a.y) };
  }
  return { width, height, land, countryLabels, routes, points, inset };
}

const withCoordinates = (places: readonly MapPlace[]) =>
  places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));

/** The region: Kazakhstan, Azerbaijan, their neighbours and every place; the Caspian crossing outlined. */
export function regionMap(places: readonly MapPlace[], routes: readonly RouteDef[], width = 960): MapView {
  const all = withCoordinates(places);
  return buildMap({
    width,
    fit: {
      type: 'GeometryCollection',
      geometries: [
        shapeOf('KZ').feature.geometry,
        shapeOf('AZ').feature.geometry,
        { type: 'MultiPoint', coordinates: all.map((p) => [p.lon, p.lat]) },
      ],
    },
    places: all,
    routes,
    focus: ['KZ', 'AZ'],
    linked: (p) => !inBox(CASPIAN_DETAIL, p),
    inset: CASPIAN_DETAIL,
    labelArea: 3000,
  });
}

/** The Caspian crossing: the ports, terminals and fields of the middle of the sea. */
export function caspianMap(places: readonly MapPlace[], routes: readonly RouteDef[], width = 640): MapView {
  const all = withCoordinates(places);
  return buildMap({
    width,
    fit: boxCorners(CASPIAN_DETAIL),
    places: all,
    routes,
    focus: ['KZ', 'AZ'],
    linked: (p) => inBox(CASPIAN_DETAIL, p),
    labelArea: 4000,
    padding: 0,
  });
}

const locators = new Map<string, MapView>();

/**
 * A small map around one place, for its page. Memoised: every page of a place's
 * paginated entry list shows the same locator, and placing its labels is costly.
 */
export function locatorMap(place: MapPlace, width = 320): MapView {
  const key = `${place.id}|${place.lon}|${place.lat}|${width}`;
  let view = locators.get(key);
  if (!view) {
    view = buildLocator(place, width);
    locators.set(key, view);
  }
  return view;
}

function buildLocator(place: MapPlace, width: number): MapView {
  const span = { lon: 7, lat: 4.5 };
  return buildMap({
    width,
    fit: boxCorners({
      west: place.lon - span.lon,
      east: place.lon + span.lon,
      south: place.lat - span.lat,
      north: place.lat + span.lat,
    }),
    places: [place],
    focus: place.country ? [place.country] : [],
    here: place.id,
    linked: () => true,
    labelArea: 1800,
    padding: 0,
  });
}

/** What a locator map shows, in words. */
export const locatorDescription = (place: MapPlace): string => `Locator map: ${describe(place)}.`;

/** A place entry of the record as the maps take it. */
export const toMapPlace = ({ id, data }: { id: string; data: PlaceData }): MapPlace => ({
  id,
  name: data.name,
  type: data.type,
  lat: data.lat,
  lon: data.lon,
  country: data.country,
});

export interface MapPlaceRow {
  id: string;
  name: string;
  href: string;
  type: string;
  country: string;
  coordinates: string;
  /** Which map draws it as a link. */
  shownOn: string;
}

/** The places table under the maps: which map links each place. */
export function placeRows(places: readonly MapPlace[]): MapPlaceRow[] {
  return withCoordinates(places).map((p) => ({
    id: p.id,
    name: p.name,
    href: paths.place(p.id),
    type: label(p.type),
    country: p.country ? countryName(p.country) : '—',
    coordinates: formatCoordinates(p.lat, p.lon),
    shownOn: inBox(CASPIAN_DETAIL, p) ? 'The Caspian crossing' : 'The region',
  }));
}
