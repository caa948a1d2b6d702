import { defineConfig } from 'vitest/config';

/**
 * Three projects, run together by `npm test` (one `vitest run`) or one at a time by
 * `npm run test:unit`, `test:build`, `test:e2e` (`vitest run --project <name>`):
 * - unit: tests/unit, no build, files in parallel;
 * - build: tests/build, reads the sites the global setup builds once (tests/helpers/site-builds.ts);
 * - e2e: tests/e2e, Chromium against those sites, files in parallel.
 * Only build and e2e have the global setup, so unit tests never build the site.
 */
export default defineConfig({
  test: {
    // Two cores on these machines: two test files at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
          // The files share a worker's modules instead of importing src/ again each
          // (imports were 42 s of a 44 s run): no unit test keeps state in a module, and
          // those that spy on process or console restore them after each test.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          // A test that builds a site of its own (bad entries) may wait for a core.
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser test files keep their state in their own server, browser and contexts
          // (useBuiltSite), not in modules: reusing the modules of a worker saves loading
          // playwright-core and the helpers again for every file.
          isolate: false,
        },
      },
    ],
  },
});
