/**
 * The map's routes as the map code sees them: the files of content/routes/ (see
 * src/schemas/map.ts), each with its id. A drawn route is one or more polylines through
 * places of the record; a country stop is drawn from its border point nearest the next stop.
 */
import type { DrawnRouteData, Item, RouteData } from '../../schemas/types';

export type RouteStop = DrawnRouteData['lines'][number][number];
export type RouteDef = { id: string } & DrawnRouteData;
export type UndrawnRoute = { id: string } & Extract<RouteData, { drawn: false }>;

/** The routes in the key's order, split into those drawn and those only named. */
export function splitRoutes(items: readonly Item<RouteData>[]): { drawn: RouteDef[]; undrawn: UndrawnRoute[] } {
  const sorted = [...items].sort((a, b) => a.data.order - b.data.order);
  const drawn: RouteDef[] = [];
  const undrawn: UndrawnRoute[] = [];
  for (const { id, data } of sorted) {
    if (data.drawn) drawn.push({ id, ...data });
    else undrawn.push({ id, ...data });
  }
  return { drawn, undrawn };
}

/** The place a stop stands for, if it is a place (not a country). */
export const stopPlace = (s: RouteStop): string | undefined => ('id' in s ? s.id : undefined);

/** Every place id the routes pass through. */
export const routePlaceIds = (routes: readonly RouteDef[]): string[] => [
  ...new Set(routes.flatMap((r) => r.lines.flat().flatMap((s) => stopPlace(s) ?? []))),
];
