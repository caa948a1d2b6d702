/**
 * Every URL the site links to is built here, so a route can move in one place.
 * All paths end with a slash (trailingSlash: 'always').
 */
export const paths = {
  home: () => '/',
  entry: (id: string) => `/entries/${id}/`,
  year: (year: number) => `/years/${year}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  organizations: () => '/organizations/',
  organization: (id: string) => `/organizations/${id}/`,
  places: () => '/places/',
  place: (id: string) => `/places/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/#${id}`,
  search: () => '/search/',
};
