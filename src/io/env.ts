/**
 * Settings the site takes from the environment, read in this one place (the content
 * folder, which tests change at run time, is read by ./content-dir.ts). The pure
 * code in src/lib/ receives these values as arguments and never reads process.env.
 */
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES, type Locale } from '../i18n/locales';

export const REPOSITORY = {
  /** Where the content files live, for "Edit this page" links. */
  url: process.env.REPOSITORY_URL || 'https://github.com/kz-az-timeline/kz-az-timeline',
  /** The branch that "Edit this page" opens the file on. */
  branch: process.env.REPOSITORY_BRANCH || 'main',
};

/**
 * Astro's cache folder (astro.config.mjs `cacheDir`): ASTRO_CACHE_DIR, so that several
 * builds (tests, the benchmark) can run side by side, else node_modules/.astro. The share
 * images are cached in it too.
 */
export const astroCacheDir = (): string => process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

/** SHARE_IMAGES=off builds no share images and writes no og:image (the benchmark measures their cost so). */
export const shareImagesOn = (): boolean => process.env.SHARE_IMAGES?.trim().toLowerCase() !== 'off';

/**
 * The languages a build makes (SITE_LOCALES, a comma list; default every language:
 * `en,ru,kk,az`). English, at the root, is always made; `SITE_LOCALES=en` builds the
 * English site alone (the build benchmark does). An unknown code stops the build.
 */
export const SITE_LOCALES: readonly Locale[] = parseLocales(process.env.SITE_LOCALES);

function parseLocales(value: string | undefined): Locale[] {
  if (!value?.trim()) return LOCALE_CODES;
  const codes = value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const unknown = codes.filter((c) => !isLocale(c));
  if (unknown.length) {
    throw new Error(
      `SITE_LOCALES: unknown language ${unknown.join(', ')} — use a comma list of ${LOCALE_CODES.join(', ')}`,
    );
  }
  return LOCALE_CODES.filter((l) => l === DEFAULT_LOCALE || codes.includes(l));
}
