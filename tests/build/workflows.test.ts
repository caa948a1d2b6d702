/**
 * The GitHub Actions workflows, checked without GitHub: against the published
 * workflow schema (@action-validator/core, SchemaStore's github-workflow schema in
 * WebAssembly), and against this project's rules: least permissions, the steps CI
 * must run, and the GitHub Pages deployment's wiring.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { ROOT } from '../helpers/astro';

type Permissions = string | Record<string, string> | undefined;
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Permissions;
  needs?: string | string[];
  environment?: string | { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Permissions;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

const FILES = ['.github/workflows/ci.yml', '.github/workflows/deploy.yml'];
const source = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const workflow = (rel: string) => parse(source(rel)) as Workflow;
const errorsOf = (yaml: string) => validateWorkflow(yaml).errors;

/** The scopes a permissions block grants write access to (`write-all` grants all). */
function writeScopes(permissions: Permissions): string[] {
  if (permissions === undefined) return ['(unset: the repository default, possibly write)'];
  if (typeof permissions === 'string') return permissions === 'read-all' ? [] : [permissions];
  return Object.entries(permissions)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope);
}

const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps);
const runs = (wf: Workflow) => steps(wf).flatMap((step) => (step.run ? [step.run] : []));
const uses = (wf: Workflow, action: string) => steps(wf).filter((step) => step.uses?.startsWith(`${action}@`));

describe('workflow files', () => {
  it.each(FILES)('%s is a valid GitHub Actions workflow', (rel) => {
    expect(errorsOf(source(rel))).toEqual([]);
  });

  it('the validator rejects a mistyped key, a wrong type and an unknown trigger', () => {
    const ci = source(FILES[0]!);
    expect(ci).toContain('    runs-on: ubuntu-latest\n');
    expect(errorsOf(ci.replace('    runs-on: ubuntu-latest\n', '    runs_on: ubuntu-latest\n'))).not.toEqual([]);
    expect(errorsOf(ci.replace('    timeout-minutes: 45\n', '    timeout-minutes: [45]\n'))).not.toEqual([]);
    expect(errorsOf(ci.replace('  pull_request:\n', '  pull-request:\n'))).not.toEqual([]);
    const deploy = source(FILES[1]!);
    expect(errorsOf(deploy.replace('      id-token: write\n', '      id-token: writ\n'))).not.toEqual([]);
  });

  it.each(FILES)('%s pins every action to a major version', (rel) => {
    const refs = steps(workflow(rel)).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });
});

describe('permissions', () => {
  it.each(FILES)('%s grants only read access at the top level', (rel) => {
    const wf = workflow(rel);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(writeScopes(wf.permissions)).toEqual([]);
  });

  it('the rule catches write access at the top level', () => {
    expect(writeScopes({ contents: 'read', pages: 'write' })).toEqual(['pages']);
    expect(writeScopes('write-all')).toEqual(['write-all']);
    expect(writeScopes(undefined)).not.toEqual([]);
  });

  it('only the deploy job writes, and only pages and id-token', () => {
    const ci = workflow(FILES[0]!);
    for (const [name, job] of Object.entries(ci.jobs))
      expect(job.permissions === undefined ? [] : writeScopes(job.permissions), name).toEqual([]);
    const deploy = workflow(FILES[1]!);
    expect(deploy.jobs.build!.permissions).toBeUndefined();
    expect(deploy.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('both workflows', () => {
  it.each(FILES)('%s checks out the whole history (/changes/ and the as-of day are read from it)', (rel) => {
    const checkouts = uses(workflow(rel), 'actions/checkout');
    expect(checkouts.length).toBeGreaterThan(0);
    // YAML reads 0 as a number.
    for (const step of checkouts) expect(String(step.with?.['fetch-depth'])).toBe('0');
  });
});

describe('CI', () => {
  const ci = workflow(FILES[0]!);

  it('runs on pull requests and pushes', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('installs Chromium and Node from .nvmrc with the npm cache', () => {
    const chromium = runs(ci).find((run) => run.includes('apt-get install -y chromium'));
    expect(chromium).toContain('CHROMIUM_PATH=');
    expect(uses(ci, 'actions/setup-node')[0]!.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
  });

  it('runs npm ci, the lock-file check, the content check, lint and the tests, in that order', () => {
    const all = runs(ci).join('\n');
    const order = [
      'npm ci',
      'npm install --package-lock-only',
      'git diff --exit-code package-lock.json',
      'npm run check',
      'npm run lint',
      'npm test',
    ].map((command) => all.indexOf(command));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(all).not.toMatch(/^\s*npm install(?! --package-lock-only)/m);
  });

  it('uploads the test report when a step fails', () => {
    const [upload] = uses(ci, 'actions/upload-artifact');
    expect(upload!.if).toBe('failure()');
    expect(upload!.with!.path).toBe('test-results/');
    expect(runs(ci).find((run) => run.startsWith('npm test'))).toContain('test-results/');
  });
});

describe('deploy to GitHub Pages', () => {
  const deploy = workflow(FILES[1]!);
  const build = deploy.jobs.build!;

  it('deploys main, one deployment at a time', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('builds with the origin and base path from configure-pages', () => {
    const pages = build.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    const buildStep = build.steps.find((step) => step.run === 'npm run build');
    expect(pages!.id).toBe('pages');
    expect(buildStep!.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(build.steps.findIndex((step) => step.run?.startsWith('npm ci'))).toBeGreaterThan(-1);
  });

  it("caches Astro's cache directory after npm ci, reusable by the next commit", () => {
    // astro.config.mjs takes the folder from src/io/env.ts, which the share-image cache reads too.
    expect(source('astro.config.mjs')).toContain('cacheDir: astroCacheDir(),');
    expect(source('src/io/env.ts')).toContain("process.env.ASTRO_CACHE_DIR || './node_modules/.astro'");
    const cacheAt = build.steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    const ciAt = build.steps.findIndex((step) => step.run?.startsWith('npm ci'));
    const buildAt = build.steps.findIndex((step) => step.run === 'npm run build');
    expect(ciAt).toBeLessThan(cacheAt);
    expect(cacheAt).toBeLessThan(buildAt);
    const cache = build.steps[cacheAt]!.with!;
    expect(cache.path).toBe('node_modules/.astro');
    expect(cache.key).toContain('${{ github.sha }}');
    expect(cache.key.startsWith(cache['restore-keys']!.trim())).toBe(true);
  });

  it('uploads dist/ and deploys it from a separate job in the github-pages environment', () => {
    expect(uses(deploy, 'actions/upload-pages-artifact')[0]!.with).toEqual({ path: 'dist' });
    expect(build.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(false);
    const job = deploy.jobs.deploy!;
    expect(job.needs).toBe('build');
    expect(job.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(job.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});
