/** The valid fixture as files in memory, checked by the real check without touching the disk. */
import { checkSources, formatProblem, type SourceFile } from '../../../src/check/index';
import type { CollectionName } from '../../../src/collections';
import { VALID_FILES } from '../../helpers/content-fixture';

export const VISIT = 'entries/2025/2025-10-20-aliyev-in-astana.mdx';
export const OIL = 'entries/2023/2023-03-first-oil.mdx';

/** `entries/2025/x.mdx` → a source of the entries collection named as the check names it. */
export const source = (file: string, text: string): SourceFile => ({
  collection: file.split('/')[0] as CollectionName,
  file,
  text,
});

/** The valid fixture with `overrides` (null deletes a file), as sources. */
export function sources(overrides: Record<string, string | null> = {}): SourceFile[] {
  return Object.entries({ ...VALID_FILES, ...overrides })
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([file, text]) => source(file, text));
}

/** Problems and their printed lines for the fixture with `overrides`. */
export function checkInMemory(overrides: Record<string, string | null> = {}, today = new Date('2026-01-01')) {
  const problems = checkSources(sources(overrides), { today });
  return { problems, lines: problems.map(formatProblem) };
}

/** The valid visit entry with `body` in place of its body (the frontmatter ends on line 15, the body starts on 17). */
export const visitBody = (body: string): string => VALID_FILES[VISIT]!.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`);
