/**
 * Runs the Astro CLI (and the project's own CLIs) under a Node that Astro 7 accepts.
 *
 * `npm test`, `npm run test:*` and `npx vitest` put node_modules/.bin first on PATH, so
 * vitest itself runs under the `node@22` devDependency and process.execPath is that
 * Node. Started another way (node_modules/.bin/vitest from a shell, an editor's test
 * runner), vitest runs under the system Node 20, and Astro would refuse to start: then
 * the children are run with the Node 22 binary of the `node` package instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built site: OUT_DIR when set (as for the build itself), else dist/. */
export const DIST = path.resolve(ROOT, process.env.OUT_DIR || 'dist');

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const PACKAGED_NODE = path.join(ROOT, 'node_modules/node/bin/node');

/** A Node binary >= 22.12: the one running the tests if it is recent enough, else the `node` package's. */
export const NODE: string =
  major > 22 || (major === 22 && minor >= 12)
    ? process.execPath
    : existsSync(PACKAGED_NODE)
      ? PACKAGED_NODE
      : process.execPath;

/**
 * The test runner's environment without what vitest adds (DEV, MODE, NODE_ENV=test, ...):
 * Astro reads a process variable named DEV as import.meta.env.DEV, which would make a
 * build behave like the dev server (drafts included).
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(DEV|PROD|MODE|SSR|BASE_URL|TEST|NODE_ENV)$/.test(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const childEnv = (env: Record<string, string>) => ({
  ...cleanEnv(),
  ...env,
  NO_COLOR: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
});

export interface RunResult {
  status: number | null;
  output: string;
}

export function astro(args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync(NODE, [ASTRO_BIN, ...args], {
    cwd: ROOT,
    env: childEnv(env),
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * `astro` without blocking the process, so that the global setup can run its builds at once.
 * Builds from several test files may run at once too, each with its own OUT_DIR inside the
 * project: Astro writes a build's page bundle beside its output folder, but into the
 * project's .astro/ for an output folder outside it, where two builds would overwrite each
 * other's. (Entries are not modules, so .astro/ holds no map of them to share.)
 */
export function astroAsync(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [ASTRO_BIN, ...args], { cwd: ROOT, env: childEnv(env), timeout: 600_000 });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('error', (e) => resolve({ status: null, output: `${output}\n${e.message}` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** `npm run new -- <args>` without a terminal, writing into the content folder `dir`. */
export function newEntry(dir: string, args: string[]): { status: number | null; out: string } {
  const run = spawnSync(NODE, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/new/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
    input: '',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}
