/**
 * The entry bodies' HTML is kept in Astro's data store while a file's text is unchanged
 * (src/integrations/bodies-as-html.ts), so every project module the renderer runs must be
 * among the inputs whose change drops that store (src/io/build-inputs.ts), or a changed
 * plugin or dictionary would leave old HTML on the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNTRACKED_INPUTS } from '../../src/io/build-inputs';
import { ROOT } from '../helpers/astro';

/** The project's .ts modules `file` imports, directly or through others. */
function importClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(
    /^\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm,
  )) {
    const base = path.resolve(path.dirname(file), spec!);
    const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f) && f.endsWith('.ts'));
    if (found) importClosure(found, seen);
  }
  return seen;
}

const covered = (file: string) =>
  UNTRACKED_INPUTS.some((input) => {
    const rel = path.relative(path.join(ROOT, input), file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });

describe('the inputs that drop the stored entry HTML', () => {
  it('cover every module the bodies’ renderer and the Markdown processor import', () => {
    const modules = [
      ...importClosure(path.join(ROOT, 'src/integrations/bodies-as-html.ts')),
      ...importClosure(path.join(ROOT, 'src/integrations/markdown.ts')),
    ];
    // The closure is followed: the footnotes' dictionary is reached through the rehype step.
    expect(modules.some((f) => f.includes(`${path.sep}i18n${path.sep}`))).toBe(true);
    expect(modules.filter((f) => !covered(f)).map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
