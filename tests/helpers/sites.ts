/**
 * The sites the global setup builds (tests/helpers/site-builds.ts), as a test file sees them:
 *
 *   const main = builtSite('main');       // { outDir, base, status, output, ... }
 *   readFileSync(path.join(main.outDir, 'rss.xml'))
 *
 * A site that this run did not build (its project's setup does not list it) is an error,
 * never an empty folder read by mistake.
 */
import { inject } from 'vitest';

/**
 * - main: the real content, into dist/ (or OUT_DIR); every build and browser test reads it.
 * - fixtures: a small known content folder (tests/helpers/fixture-site.ts), built with
 *   SHARE_IMAGES=off.
 * - prefixed: the real content for a project site under a path (SITE_URL=https://example.org,
 *   BASE_PATH=/kz-az/), as GitHub Pages serves a project site, in English and Russian.
 */
export type SiteName = 'main' | 'fixtures' | 'prefixed';

export interface BuiltSite {
  name: SiteName;
  /** The built files. */
  outDir: string;
  /** The content folder it was built from (CONTENT_DIR; content/ for the real site). */
  contentDir: string;
  /** The path the site is served under: "/" or, for the prefixed site, "/kz-az/". */
  base: string;
  /** Exit status and output of `astro build` (empty output when reused with SKIP_BUILD=1). */
  status: number | null;
  output: string;
  /** What preparing the content printed, by step (the fixtures site: `npm run new`). */
  steps: Record<string, { status: number | null; out: string }>;
}

export type SiteManifest = Partial<Record<SiteName, BuiltSite>>;

declare module 'vitest' {
  export interface ProvidedContext {
    sites: SiteManifest;
  }
}

export function builtSite(name: SiteName): BuiltSite {
  const site = inject('sites')?.[name];
  if (!site) {
    throw new Error(
      `the site "${name}" was not built in this run: list it for this project in SITES_FOR_PROJECT (tests/helpers/site-builds.ts)`,
    );
  }
  return site;
}
