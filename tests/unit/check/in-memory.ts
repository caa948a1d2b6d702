/** The valid fixture as files in memory, checked by the real check without touching the disk. */
import { checkSources, collectionOfFile, formatProblem, type SourceFile } from '../../../src/check/index';
import { VALID_FILES } from '../../helpers/content-fixture';

export const VISIT = 'entries/2025/2025-10-20-aliyev-in-astana.mdx';
export const OIL = 'entries/2023/2023-03-first-oil.mdx';

/** `entries/2025/x.mdx` → a source of the entries collection (`entries/2025/x.ru.mdx`: translations), as the loader reads it. */
export function source(file: string, text: string): SourceFile {
  const collection = collectionOfFile(file);
  if (!collection) throw new Error(`${file} is in no collection`);
  return { collection, file, text };
}

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
