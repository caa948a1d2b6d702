/** The project's own modules a file runs: its relative imports, followed, as the tests that guard caches need them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's .ts modules `file` imports, directly or through others (`file` included).
 * With `runtimeOnly`, an `import type` is not followed: it brings no code.
 */
export function importClosure(file: string, runtimeOnly = false, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [statement, spec] of readFileSync(file, 'utf8').matchAll(
    /^\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm,
  )) {
    if (runtimeOnly && /^\s*(?:import|export)\s+type\b/.test(statement)) continue;
    const base = path.resolve(path.dirname(file), spec!);
    const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f) && f.endsWith('.ts'));
    if (found) importClosure(found, runtimeOnly, seen);
  }
  return seen;
}
