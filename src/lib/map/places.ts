/** The places of the record as the maps take them, and the places table under the maps. */
import { countryName } from '../../primitives/countries';
import type { Item, PlaceData } from '../../schemas/types';
import { formatCoordinates } from '../entities/facts';
import { paths } from '../urls/paths';
import { CASPIAN_DETAIL, inBox } from './frame';

/** A place as the maps take it: its id and the fields of its schema that a map uses. */
export type MapPlace = { id: string } & Pick<PlaceData, 'name' | 'type' | 'lat' | 'lon' | 'country'>;

/** "Aktau, Kazakhstan (43.65° N, 51.16° E)". */
export const describePlace = (p: MapPlace) =>
  `${p.name}${p.country ? `, ${countryName(p.country)}` : ''} (${formatCoordinates(p.lat, p.lon)})`;

export const withCoordinates = (places: readonly MapPlace[]) =>
  places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));

/** A place entry of the record as the maps take it. */
export const toMapPlace = ({ id, data }: Item<PlaceData>): MapPlace => ({
  id,
  name: data.name,
  type: data.type,
  lat: data.lat,
  lon: data.lon,
  country: data.country,
});

/** A row of the places table: type and country stay codes, the table writes them in the page's language. */
export interface MapPlaceRow {
  id: string;
  name: string;
  href: string;
  type: PlaceData['type'];
  country?: PlaceData['country'];
  lat: number;
  lon: number;
  /** Which map draws it as a link: the Caspian crossing, or the region. */
  shownOn: 'caspian' | 'region';
}

/** The places table under the maps: which map links each place. */
export function placeRows(places: readonly MapPlace[]): MapPlaceRow[] {
  return withCoordinates(places).map((p) => ({
    id: p.id,
    name: p.name,
    href: paths.place(p.id),
    type: p.type,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    shownOn: inBox(CASPIAN_DETAIL, p) ? 'caspian' : 'region',
  }));
}
