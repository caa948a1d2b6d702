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
 * The commit the site is built from, when CI says (GitHub Actions sets GITHUB_SHA);
 * otherwise src/io/git.ts asks git for HEAD.
 */
export const BUILD_COMMIT_OVERRIDE = process.env.BUILD_COMMIT || process.env.GITHUB_SHA || undefined;
