/** What an entity page and the entity indexes say about a topic, person, organisation or place. */
import type { CountryCode } from '../../primitives/countries';
import type { EntityData } from '../../schemas/types';
import { DICTIONARIES, type MessageKey } from '../../i18n';
import { LOCALES, type Locale } from '../../i18n/locales';
import { countryLabel, label } from '../format/labels';

/** The fields only some kinds of entity have, read off the union the schemas define. */
export const entityRole = (d: EntityData): string | undefined => ('role' in d ? d.role : undefined);
export const entityCountry = (d: EntityData): CountryCode | undefined => ('country' in d ? d.country : undefined);
export const entityAliases = (d: EntityData): string[] => ('aliases' in d ? d.aliases : []);
/** The name's standard spellings in the other languages (none for topics). */
export const entityNames = (d: EntityData): Partial<Record<'ru' | 'kk' | 'az', string>> =>
  'names' in d ? d.names : {};

/** What the facts line says, before it is put into words: the same for every language. */
export const entityFactFields = (d: EntityData) => ({
  role: entityRole(d),
  type: 'type' in d ? d.type : undefined,
  country: entityCountry(d),
  coordinates: 'lat' in d ? { lat: d.lat, lon: d.lon } : undefined,
});
export type EntityFactFields = ReturnType<typeof entityFactFields>;

/**
 * Short facts line in a language: "President of Azerbaijan · Azerbaijan", "Port ·
 * Kazakhstan · 43.65° N, 51.16° E". A person's role is the source's words, in English.
 */
export function entityFactsText(f: EntityFactFields, locale: Locale = 'en'): string[] {
  const facts: string[] = [];
  if (f.role) facts.push(f.role);
  if (f.type) facts.push(label(f.type, locale));
  if (f.country) facts.push(countryLabel(f.country, locale));
  if (f.coordinates) facts.push(formatCoordinates(f.coordinates.lat, f.coordinates.lon, locale));
  return facts;
}

/** The facts line of an entity, in English unless told. */
export const entityFacts = (d: EntityData, locale: Locale = 'en'): string[] =>
  entityFactsText(entityFactFields(d), locale);

const coordinateFormats = new Map<Locale, Intl.NumberFormat>();

/** "43.65° N, 51.16° E" («43,65° с. ш., 51,16° в. д.»): two decimals, the language's separator and letters. */
export function formatCoordinates(lat: number, lon: number, locale: Locale = 'en'): string {
  let n = coordinateFormats.get(locale);
  if (!n) {
    n = new Intl.NumberFormat(LOCALES[locale].tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    coordinateFormats.set(locale, n);
  }
  const dict = DICTIONARIES[locale];
  const f = (v: number, pos: MessageKey, neg: MessageKey) => `${n.format(Math.abs(v))}° ${dict[v >= 0 ? pos : neg]}`;
  return `${f(lat, 'geo.north', 'geo.south')}, ${f(lon, 'geo.east', 'geo.west')}`;
}
