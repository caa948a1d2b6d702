/**
 * Maps projected at build time: country outlines clipped to the frame, the places of the
 * record as points and the routes of content/routes/ as lines between them. Returns plain
 * data (path strings and coordinates); components turn it into SVG. Nothing is fetched.
 */
import { geoConicConformal, geoContains, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { CountryCode } from '../../primitives/countries';
import { paths } from '../urls/paths';
import { boundsMeet, clipSegment, frameBounds, type Box } from './frame';
import { besideDot, dotRect, labelLayout, round, textWidth, type Candidate, type LabelBox, type Rect } from './labels';
import { countryShapes } from './outlines';
import { describePlace, type MapPlace } from './places';
import { routeCoordinates } from './route-lines';
import { stopPlace, type RouteDef } from './routes';

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

type Layout = ReturnType<typeof labelLayout>;
type Named = { name: string; x: number; y: number; area: number; focus: boolean; shape: Feature<Geometry> };
const LABEL_SIZE = 12;
const DOT_RADIUS = 4;

/** The projection of a map: fitted to what must be in view, with padding; the height follows. */
function frame(o: MapOptions) {
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
  const project = (lon: number, lat: number) => {
    const xy = projection([lon, lat]);
    return xy ? { x: round(xy[0]), y: round(xy[1]) } : undefined;
  };
  return { projection, path: geoPath(projection).digits(1), width, height, project };
}
type Frame = ReturnType<typeof frame>;

/** Every country in view, and those large enough to be named. */
function drawLand(f: Frame, o: MapOptions): { land: MapView['land']; named: Named[] } {
  const focus = new Set(o.focus ?? []);
  const land: MapView['land'] = [];
  const named: Named[] = [];
  const view = frameBounds(f.projection, f.width, f.height);
  for (const c of countryShapes()) {
    if (!boundsMeet(c.bounds, view)) continue;
    const d = f.path(c.feature);
    if (!d) continue;
    land.push({ name: c.name, d, focus: c.code !== undefined && focus.has(c.code) });
    const area = f.path.area(c.feature);
    if (c.code && area > (o.labelArea ?? 2500)) {
      const [x, y] = f.path.centroid(c.feature);
      named.push({ name: c.name, x, y, area, focus: focus.has(c.code), shape: c.feature });
    }
  }
  return { land, named };
}

/** The places in view as points; linked ones get a label. */
function drawPoints(o: MapOptions, visible: { p: MapPlace; x: number; y: number }[], dots: Rect[], layout: Layout) {
  const linked = o.linked ?? (() => true);
  return visible.map((v, i): MapPoint => {
    const isLinked = linked(v.p);
    // `own` is the very dot the layout was given, so the label may touch its own point.
    const spot = { ...v, own: dots[i]!, candidates: besideDot(LABEL_SIZE, DOT_RADIUS) };
    return {
      id: v.p.id,
      name: v.p.name,
      type: v.p.type,
      href: paths.place(v.p.id),
      x: v.x,
      y: v.y,
      linked: isLinked,
      label: isLinked ? layout.place(v.p.name, [spot]) : undefined,
      here: v.p.id === o.here,
      description: describePlace(v.p),
    };
  });
}

/**
 * Country names only where they fit whole and clear of the rest, largest first. A name
 * sits wholly on its own country (both ends and the middle inside it); the focus
 * countries, which must be named, may overhang when they are too small.
 */
function nameCountries(f: Frame, list: Named[], layout: Layout, out: MapView['countryLabels']) {
  for (const c of list.sort((a, b) => b.area - a.area)) {
    const text = c.name.toUpperCase();
    const half = (textWidth(text, LABEL_SIZE) * 1.15) / 2;
    const inside = (x: number, y: number) => {
      const ll = f.projection.invert?.([x, y - 4]);
      return ll !== undefined && ll !== null && geoContains(c.shape, ll);
    };
    const whole = (x: number, y: number) => [x - half, x, x + half].every((px) => inside(px, y));
    const offsets = [0, -16, 16, -30, 30].flatMap((dy) => [0, -24, 24].map((dx): Candidate => [dx, dy, 'middle']));
    const spotsWhere = (ok: (x: number, y: number) => boolean) => [
      { x: c.x, y: c.y, candidates: offsets, allows: ([dx, dy]: Candidate) => ok(c.x + dx, c.y + dy) },
    ];
    const spot =
      layout.place(text, spotsWhere(whole), false, 1.15) ??
      (c.focus ? layout.place(text, spotsWhere(inside), false, 1.15) : undefined);
    if (spot) out.push({ name: c.name, x: spot.x, y: spot.y });
  }
}

/** Name spots above and below a point of a leg. */
const ALONG: Candidate[] = [
  [0, -7, 'middle'],
  [0, LABEL_SIZE + 5, 'middle'],
];

/**
 * One route: its lines, and its name beside the visible part of one of its legs, longest
 * first, where it clears the place names (else it is named in the key only).
 */
function drawRoute(f: Frame, route: RouteDef, byId: ReadonlyMap<string, MapPlace>, layout: Layout): MapRoute {
  const lines = route.lines.map((stops) => routeCoordinates(stops, byId));
  const d = f.path({ type: 'MultiLineString', coordinates: lines }) ?? '';
  const size = { width: f.width, height: f.height };
  const legs = lines
    .flatMap((l) =>
      l.slice(1).map((b, i) => [f.projection(l[i] as [number, number]), f.projection(b as [number, number])]),
    )
    .flatMap(([a, b]) => (a && b ? [clipSegment({ x: a[0], y: a[1] }, { x: b[0], y: b[1] }, size)] : []))
    .flatMap((seg) => (seg ? [{ seg, len: Math.hypot(seg[1].x - seg[0].x, seg[1].y - seg[0].y) }] : []))
    .filter((l) => l.len > textWidth(route.short, LABEL_SIZE) * 0.6)
    .sort((a, b) => b.len - a.len);
  const spots = legs.flatMap(({ seg: [a, b] }) =>
    [0.5, 0.35, 0.65, 0.25, 0.75].map((t) => ({
      x: a.x + (b.x - a.x) * t,
      y: a.y + (b.y - a.y) * t,
      candidates: ALONG,
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
}

/** Projects one map: land, places, then routes, naming the focus countries before the routes and the others after. */
export function buildMap(o: MapOptions): MapView {
  const f = frame(o);
  const { width, height } = f;
  const { land, named } = drawLand(f, o);
  const visible = o.places.flatMap((p) => {
    const xy = f.project(p.lon, p.lat);
    return xy && xy.x >= 0 && xy.x <= width && xy.y >= 0 && xy.y <= height ? [{ p, ...xy }] : [];
  });
  const dots = visible.map((v) => dotRect(v.x, v.y, DOT_RADIUS));
  const layout = labelLayout({ width, height }, dots, LABEL_SIZE);
  const points = drawPoints(o, visible, dots, layout);

  const countryLabels: MapView['countryLabels'] = [];
  nameCountries(
    f,
    named.filter((c) => c.focus),
    layout,
    countryLabels,
  );
  const byId = new Map(o.places.map((p) => [p.id, p]));
  // A route whose places are not all in the content (a small test corpus) is left out.
  const drawable = (o.routes ?? []).filter((route) =>
    route.lines.every((stops) => stops.every((s) => stopPlace(s) === undefined || byId.has(stopPlace(s)!))),
  );
  const routes = drawable.map((route) => drawRoute(f, route, byId, layout));
  nameCountries(
    f,
    named.filter((c) => !c.focus),
    layout,
    countryLabels,
  );

  let inset: MapView['inset'];
  if (o.inset) {
    const a = f.project(o.inset.west, o.inset.north);
    const b = f.project(o.inset.east, o.inset.south);
    if (a && b) inset = { x: a.x, y: a.y, width: round(b.x - a.x), height: round(b.y - a.y) };
  }
  return { width, height, land, countryLabels, routes, points, inset };
}
