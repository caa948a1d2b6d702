/**
 * Every URL the site links to is built here, so a route can move in one place. Each
 * starts with the site's base path. All page paths end with a slash (trailingSlash: 'always').
 */
import type { EntityCollection } from '../../collections';

/** The formats an entry's citation downloads in: BibTeX, RIS and CSL-JSON. */
export const CITE_FORMATS = ['bib', 'ris', 'json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/**
 * The paths of the site published at `site` (its origin) under `base` (its base path).
 * {@link paths} is this build's; code that runs outside Vite (an integration, which sees
 * neither value in import.meta.env) makes its own from Astro's config.
 */
export function sitePaths(base: string, site: string) {
  /** The base path, always ending with one slash. */
  const root = base.replace(/\/*$/, '/');
  /** A path of the site (given from its root, `/entries/x/`) under the base path. */
  const at = (path: string) => `${root}${path.replace(/^\//, '')}`;
  /** Page N of a paginated list at `list` (page 1 is the list itself). */
  const page = (list: string, n = 1) => (n <= 1 ? at(list) : at(`${list}${n}/`));
  return {
    home: () => at('/'),
    oldestFirst: () => at('/oldest-first/'),
    entry: (id: string) => at(`/entries/${id}/`),
    /** An entry's citation as a file: `.bib` (BibTeX), `.ris` (RIS) or `.json` (CSL-JSON). */
    entryCitation: (id: string, format: CiteFormat) => at(`/entries/${id}.${format}`),
    years: () => at('/years/'),
    year: (year: number) => at(`/years/${year}/`),
    kind: (kind: string, n = 1) => page(`/kinds/${kind}/`, n),
    agreements: () => at('/agreements/'),
    ahead: () => at('/ahead/'),
    /** Index page of a collection of entities. */
    entities: (collection: EntityCollection) => at(`/${collection}/`),
    /** Page of one entity; paginated when it has many entries. */
    entity: (collection: EntityCollection, id: string, n = 1) => page(`/${collection}/${id}/`, n),
    /** The RSS feed and the iCalendar file of one entity's entries, beside its page. */
    entityFeed: (collection: EntityCollection, id: string) => at(`/${collection}/${id}/rss.xml`),
    entityCalendar: (collection: EntityCollection, id: string) => at(`/${collection}/${id}/calendar.ics`),
    topic: (id: string, n = 1) => page(`/topics/${id}/`, n),
    person: (id: string, n = 1) => page(`/people/${id}/`, n),
    organization: (id: string, n = 1) => page(`/organizations/${id}/`, n),
    place: (id: string, n = 1) => page(`/places/${id}/`, n),
    sources: () => at('/sources/'),
    source: (id: string) => at(`/sources/#source-${id}`),
    /** Every source as BibTeX and as CSL-JSON, for reference managers. */
    sourcesBib: () => at('/sources.bib'),
    sourcesJson: () => at('/sources.json'),
    search: () => at('/search/'),
    about: () => at('/about/'),
    rss: () => at('/rss.xml'),
    /** What changed in the record (from its git history), and its feed. */
    changes: () => at('/changes/'),
    changesFeed: () => at('/changes.xml'),
    calendar: () => at('/calendar.ics'),
    json: () => at('/entries.json'),
    csv: () => at('/entries.csv'),
    /** The data page: every series as a chart with its table. */
    data: () => at('/data/'),
    /** One data series: its charts, table and sources. */
    series: (id: string) => at(`/data/${id}/`),
    /** One data series' points as CSV. */
    seriesCsv: (id: string) => at(`/data/${id}.csv`),
    /** The map of places and routes. */
    map: () => at('/map/'),
    /** A page's share image (og:image): `card` is its place under /share/, "entries/<id>", "site". */
    shareImage: (card: string) => at(`/share/${card}.png`),
    sitemap: () => at('/sitemap-index.xml'),
    favicon: () => at('/favicon.svg'),
    /** Pagefind's bundle folder. */
    pagefind: () => at('/pagefind/'),
    /** Where a path this builder made is written in the build's output folder (the path without the base). */
    outputFile: (path: string) => path.slice(root.length),
    /** The absolute URL (site + base) of a path this builder made. */
    absolute: (path: string) => new URL(path, site).href,
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;

/**
 * This build's paths: Vite hands over Astro's `base` (from BASE_PATH: `/kz-az/` for a
 * project site, `/` by default) as import.meta.env.BASE_URL and its `site` (from SITE_URL)
 * as import.meta.env.SITE.
 */
export const paths = sitePaths(
  import.meta.env?.BASE_URL ?? '/',
  import.meta.env?.SITE ?? 'https://kz-az-timeline.example.org',
);

/** This build's base path, always ending with one slash. */
const BASE = paths.home();

/**
 * The same page in another language: "/entries/x/" in Russian is "/ru/entries/x/";
 * English, the default, has no prefix. `path` is a site path under the base, in any
 * language; `prefixed` lists the languages that have a prefix.
 */
export function inLocale(path: string, locale: string, prefixed: readonly string[]): string {
  const rest = withoutLocale(path, prefixed);
  return prefixed.includes(locale) ? `${BASE}${locale}/${rest.slice(BASE.length)}` : rest;
}

/** A site path without its language prefix ("/ru/entries/x/" → "/entries/x/"). */
export function withoutLocale(path: string, prefixed: readonly string[]): string {
  if (!path.startsWith(BASE)) return path;
  const [first = '', ...rest] = path.slice(BASE.length).split('/');
  return prefixed.includes(first) ? `${BASE}${rest.join('/')}` : path;
}

/** Site folders that are never pages of a language: the built scripts and the search index. */
const NOT_PAGES = ['_astro', 'pagefind'];

/**
 * Whether a link target is a page of the site that exists in every language (a path
 * under the base ending with a slash, before any query or fragment), as opposed to a
 * file (feed, export, image) or another site.
 */
export function isLocalisablePage(href: string, prefixed: readonly string[]): boolean {
  if (!href.startsWith(BASE)) return false;
  const path = href.replace(/[?#].*$/, '');
  if (!path.endsWith('/')) return false;
  const first = path.slice(BASE.length).split('/')[0] ?? '';
  return !NOT_PAGES.includes(first) && !prefixed.includes(first);
}
