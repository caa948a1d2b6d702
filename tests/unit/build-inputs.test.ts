/**
 * The entry bodies' HTML is kept in Astro's data store while a file's text is unchanged
 * (src/integrations/bodies-as-html.ts), so every project module the renderer runs must be
 * among the inputs whose change drops that store (src/io/build-inputs.ts), or a changed
 * plugin or dictionary would leave old HTML on the pages.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNTRACKED_INPUTS } from '../../src/io/build-inputs';
import { ROOT } from '../helpers/astro';
import { importClosure } from '../helpers/imports';

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
