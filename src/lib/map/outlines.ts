/**
 * Country outlines: Natural Earth (world-atlas, 1:50m), read once, with the ISO codes
 * of the countries the record names; and the border point of a country nearest a place.
 */
import { geoBounds, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { countryName, type CountryCode } from '../../primitives/countries';

/** ISO 3166-1 numeric ids (world-atlas) of the countries src/primitives/countries.ts names. */
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

export const shapeOf = (code: CountryCode): Country => {
  const c = countryShapes().find((s) => s.code === code);
  if (!c) throw new Error(`no outline for country ${code}`);
  return c;
};

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
