/**
 * Settings the site takes from the environment, read in this one place (the content
 * folder, which tests change at run time, is read by ./content-dir.ts). The pure
 * code in src/lib/ receives these values as arguments and never reads process.env.
 */
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
