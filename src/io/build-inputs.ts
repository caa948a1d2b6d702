/**
 * What a build depends on besides the content and the page modules, for the incremental
 * build (docs/incremental-builds.md):
 * - the settings read from the environment that pages show (site, base, repository,
 *   locales, share images), folded into every page's cacheKey;
 * - a fingerprint of the files Astro's caches do not follow (the Astro config, the
 *   collection schemas, the integrations and remark plugins, the lockfile): when it
 *   changes, the content data store and the incremental manifest are dropped, so
 *   every entry is parsed and every page rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KEPT_OUTPUT_RECORD } from './kept-output';

/** Environment settings that change what a page shows. */
export function shownSettings(): Record<string, string> {
  const names = ['SITE_URL', 'BASE_PATH', 'REPOSITORY_URL', 'REPOSITORY_BRANCH', 'SITE_LOCALES', 'SHARE_IMAGES'];
  return Object.fromEntries(names.map((n) => [n, process.env[n] ?? '']));
}

/**
 * Files (relative to the project) whose change invalidates the content and page caches:
 * the config, the lockfile, the schemas, the integrations, and every module the entry
 * bodies' renderer imports (the stored HTML is kept while a file's text is unchanged;
 * tests/unit/build-inputs.test.ts follows the imports).
 */
export const UNTRACKED_INPUTS = [
  'astro.config.mjs',
  'package-lock.json',
  'src/content.config.ts',
  'src/collections.ts',
  'src/schemas',
  'src/integrations',
  'src/check/mdx',
  'src/i18n',
  'src/lib/translations',
  'src/primitives',
  'src/site.ts',
];

function files(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((name) => files(path.join(p, name)));
}

/** sha256 over the untracked inputs' paths and bytes, and the shown settings. */
export function buildInputsFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of UNTRACKED_INPUTS.flatMap((p) => files(path.join(root, p)))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(JSON.stringify(shownSettings()));
  return hash.digest('hex');
}

const STAMP = 'kzaz-build-inputs.txt';
/** Astro's caches that do not notice a change of the untracked inputs. */
const STALE_WHEN_INPUTS_CHANGE = [
  'data-store.json',
  'data-store',
  'incremental-build.json',
  'pagefind-index',
  'kzaz-parsed-bodies.v8',
  KEPT_OUTPUT_RECORD,
];

/**
 * Drops Astro's content data store and incremental manifest from `cacheDir` when the
 * fingerprint differs from the one the last finished build stamped there. Returns
 * whether it dropped them.
 */
export function dropCachesIfInputsChanged(cacheDir: string, fingerprint: string): boolean {
  const stamp = path.join(cacheDir, STAMP);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;
  if (previous === fingerprint) return false;
  for (const name of STALE_WHEN_INPUTS_CHANGE) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  return previous !== undefined;
}

/** Stamps the fingerprint of a finished build into `cacheDir`. */
export function stampInputs(cacheDir: string, fingerprint: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, STAMP), `${fingerprint}\n`);
}
