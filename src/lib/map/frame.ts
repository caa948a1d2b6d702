/** Boxes and frames: which lon/lat area a map shows, and the part of a segment inside a frame. */
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';

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

export const boxCorners = (b: Box): GeoPermissibleObjects => ({
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

/** A lon/lat box as [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

/** The lon/lat box a frame covers, from points along its edges, with a margin. */
export function frameBounds(projection: GeoProjection, width: number, height: number): Bounds {
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
export const boundsMeet = (a: Bounds, b: Bounds) =>
  a[0][0] > a[1][0] || (a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1]);

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
