/** What an entity page and the entity indexes say about a topic, person, organisation or place. */
import { countryName, type CountryCode } from '../../primitives/countries';
import { label } from '../format/labels';

/** The fields of any entity (topic, person, organisation, place) that pages and search use. */
export interface EntityData {
  name: string;
  aliases?: string[];
  description?: string | undefined;
  role?: string;
  country?: CountryCode | undefined;
  type?: string;
  lat?: number;
  lon?: number;
}

/** Short facts line: "President of Azerbaijan · Azerbaijan", "Port · Kazakhstan · 43.65° N, 51.16° E". */
export function entityFacts(data: EntityData): string[] {
  const facts: string[] = [];
  if (data.role) facts.push(data.role);
  if (data.type) facts.push(label(data.type));
  if (data.country) facts.push(countryName(data.country));
  if (data.lat !== undefined && data.lon !== undefined) facts.push(formatCoordinates(data.lat, data.lon));
  return facts;
}

export function formatCoordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}
