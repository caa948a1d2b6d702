/** Where a route's stops are on the globe. */
import type { Position } from 'geojson';
import { nearestBorderPoint } from './outlines';
import type { MapPlace } from './places';
import { stopPlace, type RouteStop } from './routes';

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
