/**
 * Builds each site that a test project needs, once per run, in the vitest process (the
 * global setup), all at once, and describes them for `builtSite()` in the tests.
 *
 * Where they go: the main site into dist/ (or OUT_DIR), as `npm run build` does; the
 * others into node_modules/.cache/kzaz-test-sites/<name>/, each with its own Astro cache,
 * so that two can be built side by side. (Their output must stay inside the project:
 * Astro puts the prerender bundle of an outDir outside the working directory in the
 * project's .astro/, where two builds at once would overwrite each other's.) Content
 * folders made for a site go to the system's temporary directory, one per work tree.
 * All are kept after the run, and the next run builds each over its last build, keeping what
 * did not change; SKIP_BUILD=1 reuses dist/ and every other site found there as they are.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroAsync, DIST, newEntry, ROOT, type RunResult } from './astro';
import { writeContent } from './content-fixture';
import { fixtureSiteFiles, NEW_ENTRY_ARGS } from './fixture-site';
import type { BuiltSite, SiteManifest, SiteName } from './sites';

/** The sites each test project's setup builds. */
export const SITES_FOR_PROJECT: Record<string, SiteName[]> = {
  build: ['main', 'prefixed', 'fixtures'],
  e2e: ['main', 'prefixed', 'fixtures'],
};

/** Where the sites other than main are built. */
export const SITES_DIR = path.join(ROOT, 'node_modules/.cache/kzaz-test-sites');
/** Where their content folders are written, per work tree. */
const CONTENT_ROOT = path.join(
  tmpdir(),
  `kzaz-test-content-${createHash('sha256').update(ROOT).digest('hex').slice(0, 10)}`,
);

interface Recipe {
  outDir: string;
  contentDir: string;
  base: string;
  env: Record<string, string>;
  /** Writes the content folder; returns what its steps printed. */
  prepare?: () => BuiltSite['steps'];
}

function recipe(name: SiteName): Recipe {
  const dir = path.join(SITES_DIR, name);
  const own = { OUT_DIR: path.join(dir, 'out'), ASTRO_CACHE_DIR: path.join(dir, 'cache') };
  const realContent = path.join(ROOT, 'content');
  switch (name) {
    case 'main':
      return { outDir: DIST, contentDir: realContent, base: '/', env: {} };
    case 'prefixed':
      return {
        outDir: own.OUT_DIR,
        contentDir: realContent,
        base: '/kz-az/',
        // English and one translation: the Kazakh and Azerbaijani pages' links are made by
        // the same code as the Russian ones, and doubled the build.
        env: { ...own, SITE_URL: 'https://example.org', BASE_PATH: '/kz-az/', SITE_LOCALES: 'en,ru' },
      };
    case 'fixtures': {
      const contentDir = path.join(CONTENT_ROOT, name);
      return {
        outDir: own.OUT_DIR,
        contentDir,
        base: '/',
        // Built without share images, to check that SHARE_IMAGES=off leaves them out.
        env: { ...own, CONTENT_DIR: contentDir, SHARE_IMAGES: 'off' },
        prepare: () => {
          writeContent(contentDir, fixtureSiteFiles());
          return { 'npm run new': newEntry(contentDir, NEW_ENTRY_ARGS) };
        },
      };
    }
  }
}

const resultFile = (name: SiteName) => path.join(SITES_DIR, name, 'result.json');

async function build(name: SiteName): Promise<BuiltSite> {
  const r = recipe(name);
  const describe = (run: RunResult, steps: BuiltSite['steps']): BuiltSite => ({
    name,
    outDir: r.outDir,
    contentDir: r.contentDir,
    base: r.base,
    status: run.status,
    output: run.output,
    steps,
  });

  if (process.env.SKIP_BUILD === '1') {
    if (name === 'main') {
      if (!existsSync(path.join(DIST, 'index.html')))
        throw new Error(`SKIP_BUILD=1, but ${DIST} holds no built site: run npm run build first`);
      return describe({ status: 0, output: '' }, {});
    }
    if (existsSync(resultFile(name)) && existsSync(r.outDir))
      return JSON.parse(readFileSync(resultFile(name), 'utf8')) as BuiltSite;
  }

  const started = Date.now();
  // Each site is built over its last build, with its cache, as `npm run build` builds dist/:
  // what did not change is kept (docs/incremental-builds.md; tests/build/incremental.test.ts
  // checks that such a build writes what a cold one does).
  if (name !== 'main') mkdirSync(path.join(SITES_DIR, name), { recursive: true });
  const steps = r.prepare?.() ?? {};
  const site = describe(await astroAsync(['build'], r.env), steps);
  console.log(`built the ${name} site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (name === 'main' && site.status !== 0) throw new Error(`astro build failed:\n${site.output}`);
  if (name !== 'main') writeFileSync(resultFile(name), JSON.stringify(site));
  return site;
}

/**
 * One promise per site for the whole run, kept on the process (each project loads the
 * setup module on its own).
 */
const KEY = Symbol.for('kzaz.test-sites');
const builds = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<SiteName, Promise<BuiltSite>>;

export async function buildSites(names: SiteName[]): Promise<SiteManifest> {
  // All at once: a build leaves a core idle at times (bundling, writing, Pagefind), so three
  // side by side on two cores end sooner than two and then one.
  for (const name of names) if (!builds.has(name)) builds.set(name, build(name));
  const built = await Promise.all(names.map((n) => builds.get(n)!));
  return Object.fromEntries(built.map((s) => [s.name, s]));
}
