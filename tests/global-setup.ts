/**
 * The global setup of the build and e2e projects (not of unit tests): builds each site
 * the project needs once per run (tests/helpers/site-builds.ts) and hands the test files
 * their folders through `provide('sites')`; a test reads one with `builtSite(name)`.
 * SKIP_BUILD=1 reuses dist/ and the other sites of an earlier run while iterating;
 * TEST_SITES=a,b builds more sites than the project lists.
 */
import type { TestProject } from 'vitest/node';
import { buildSites, SITES_FOR_PROJECT } from './helpers/site-builds';
import type { SiteName } from './helpers/sites';

export default async function setup(project: TestProject): Promise<void> {
  const extra = (process.env.TEST_SITES ?? '').split(',').filter(Boolean) as SiteName[];
  const names = [...new Set([...(SITES_FOR_PROJECT[project.name] ?? []), ...extra])];
  project.provide('sites', await buildSites(names));
}
