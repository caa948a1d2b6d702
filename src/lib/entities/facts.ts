/** What an entity page and the entity indexes say about a topic, person, organisation or place. */
import { countryName, type CountryCode } from '../../primitives/countries';
import type { EntityData } from '../../schemas/types';
import { label } from '../format/labels';

/** The fields only some kinds of entity have, read off the union the schemas define. */
export const entityRole = (d: EntityData): string | undefined => ('role' in d ? d.role : undefined);
export const entityCountry = (d: EntityData): CountryCode | undefined => ('country' in d ? d.country : undefined);
export const entityAliases = (d: EntityData): string[] => ('aliases' in d ? d.aliases : []);
/** The name's standard spellings in the other languages (none for topics). */
export const entityNames = (d: EntityData): Partial<Record<'ru' | 'kk' | 'az', string>> =>
  'names' in d ? d.names : {};

/** Short facts line: "President of Azerbaijan · Azerbaijan", "Port · Kazakhstan · 43.65° N, 51.16° E". */
export function entityFacts(d: EntityData): string[] {
  const facts: string[] = [];
  const role = entityRole(d);
  const country = entityCountry(d);
  if (role) facts.push(role);
  if ('type' in d) facts.push(label(d.type));
  if (country) facts.push(countryName(country));
  if ('lat' in d) facts.push(formatCoordinates(d.lat, d.lon));
  return facts;
}

export function formatCoordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}
