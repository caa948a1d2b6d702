/** Runs the Astro CLI under the Node that runs the tests (Node 22 via npm scripts). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built site: OUT_DIR when set (as for the build itself), else dist/. */
export const DIST = path.resolve(ROOT, process.env.OUT_DIR || 'dist');

/**
 * The test runner's environment without what vitest adds (DEV, MODE, NODE_ENV=test, ...):
 * Astro reads a process variable named DEV as import.meta.env.DEV, which would make a
 * build behave like the dev server (drafts included).
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(DEV|PROD|MODE|SSR|BASE_URL|TEST|NODE_ENV)$/.test(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

export function astro(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
