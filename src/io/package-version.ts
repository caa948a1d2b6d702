/** The installed version of an npm package, read from the project (the build's bundle lives elsewhere). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function packageVersion(name: string): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  // From the package's entry up to its package.json (some packages, sharp among them, do not export that file).
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (pkg.name === name) return pkg.version;
  }
  throw new Error(`no package.json found for ${name}`);
}
