/**
 * The `cacheKey` of each route of `getStaticPaths` (Astro's experimental incremental
 * build, docs/incremental-builds.md): a stable hash of everything the page shows that
 * does not come from its own module code. That is its props (the view model the query
 * built: neighbours, related entries, entity names, counts), its params, and what the
 * layout shows on every page from outside the code: the as-of day and the settings
 * from the environment. Astro re-renders a path when its key or its module graph
 * changed, and keeps last build's file otherwise.
 *
 * The rule for a new route: return `withCacheKeys(routes)` from its query, with every
 * value the page renders in the props (a page that reads a collection or a query in its
 * frontmatter, outside its props, must pass that value in `extra`).
 */
import { stableHash } from '../lib/incremental/stable-hash';
import { storedEntryIdentity } from '../lib/incremental/stored-entry';
import { shownSettings } from '../io/build-inputs';
import { getAsOf } from './load';

interface Route {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

/** What the layout shows on every page that is not in the code. */
const layoutFacts = () => ({ asOf: getAsOf(), settings: shownSettings() });

/** The key of one page: its params, its props, `extra` and the layout's facts. */
export const cacheKeyOf = (route: Route, extra?: unknown): string =>
  stableHash({ params: route.params, props: route.props, extra, layout: layoutFacts() }, storedEntryIdentity);

/** The routes, each with its cacheKey. */
export function withCacheKeys<R extends Route>(routes: R[], extra?: unknown): (R & { cacheKey: string })[] {
  return routes.map((route) => ({ ...route, cacheKey: cacheKeyOf(route, extra) }));
}
