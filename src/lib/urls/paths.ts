/**
 * Every URL the site links to is built here, so a route can move in one place.
 * All page paths end with a slash (trailingSlash: 'always').
 */
import type { EntityCollection } from '../../collections';

/** Page N of a paginated list at `base` (page 1 is the base itself). */
const page = (base: string, n = 1) => (n <= 1 ? base : `${base}${n}/`);

export const paths = {
  home: () => '/',
  oldestFirst: () => '/oldest-first/',
  entry: (id: string) => `/entries/${id}/`,
  years: () => '/years/',
  year: (year: number) => `/years/${year}/`,
  kind: (kind: string, n = 1) => page(`/kinds/${kind}/`, n),
  agreements: () => '/agreements/',
  ahead: () => '/ahead/',
  /** Index page of a collection of entities. */
  entities: (collection: EntityCollection) => `/${collection}/`,
  /** Page of one entity; paginated when it has many entries. */
  entity: (collection: EntityCollection, id: string, n = 1) => page(`/${collection}/${id}/`, n),
  topic: (id: string, n = 1) => page(`/topics/${id}/`, n),
  person: (id: string, n = 1) => page(`/people/${id}/`, n),
  organization: (id: string, n = 1) => page(`/organizations/${id}/`, n),
  place: (id: string, n = 1) => page(`/places/${id}/`, n),
  sources: () => '/sources/',
  source: (id: string) => `/sources/#source-${id}`,
  search: () => '/search/',
  about: () => '/about/',
  rss: () => '/rss.xml',
  calendar: () => '/calendar.ics',
  json: () => '/entries.json',
  csv: () => '/entries.csv',
  /** The data page: every series as a chart with its table. */
  data: () => '/data/',
  /** One data series: its charts, table and sources. */
  series: (id: string) => `/data/${id}/`,
  /** The map of places and routes. */
  map: () => '/map/',
};
