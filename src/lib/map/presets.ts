/** The maps the site draws: the region, the Caspian crossing in detail, and a locator per place. */
import { buildMap, type MapView } from './build';
import { boxCorners, CASPIAN_DETAIL, inBox } from './frame';
import { shapeOf } from './outlines';
import { describePlace, withCoordinates, type MapPlace } from './places';
import type { RouteDef } from './routes';

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
export const locatorDescription = (place: MapPlace): string => `Locator map: ${describePlace(place)}.`;
