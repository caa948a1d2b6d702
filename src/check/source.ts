/**
 * From a file's text to the parsed file the rules check: the frontmatter (entries and
 * their translations) or the whole file (the other collections) as YAML, and the body.
 *
 * The frontmatter is split off with Astro's own function, so the body checked here is
 * byte for byte the text the MDX compiler is given: a frontmatter that ends in an odd
 * place cannot hide code from the check. Astro blanks the frontmatter out with spaces,
 * so a position in the body is a position in the file.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import path from 'node:path';
import { COLLECTIONS } from '../collections';
import { readYaml } from './yaml-lines';
import type { ContentFile, Problem, SourceFile } from './types';

const BOM = '\uFEFF';

const fileProblem = (file: string, field: string, message: string, line = 1): Problem => ({
  file,
  line,
  field,
  message,
});

/** The id the site uses: the file name without extension. */
export const idOf = (file: string): string => path.basename(file).replace(/\.(mdx?|ya?ml)$/, '');

interface Split {
  yaml: string;
  /** File line where `yaml` starts. */
  firstLine: number;
}

const NO_FRONTMATTER =
  'no frontmatter — start the file with a line "---", the fields, and another "---" (copy an existing entry)';

/** Frontmatter and body as Astro splits them, or the problem that stops it. */
function splitEntry(src: SourceFile): Split | Problem {
  const text = src.text;
  if (text.replace(BOM, '').trim() === '')
    return fileProblem(src.file, '(file)', 'the file is empty — copy an existing entry and change its fields and text');
  const raw = extractFrontmatter(text);
  if (raw === undefined) return fileProblem(src.file, '(frontmatter)', NO_FRONTMATTER);
  // Only a BOM or blank lines come before the opening delimiter, so its first occurrence is it.
  const start = text.indexOf(`---${raw}---`);
  if (start < 0)
    return fileProblem(
      src.file,
      '(frontmatter)',
      'the frontmatter is TOML (+++) — write it as YAML between two "---" lines',
    );
  const firstLine = text.slice(0, start).split('\n').length;
  // The YAML proper starts on the line after "---" (nearly always: the rest of that line is empty).
  const rest = /^[ \t]*\r?\n/.exec(raw)?.[0];
  return rest ? { yaml: raw.slice(rest.length), firstLine: firstLine + 1 } : { yaml: raw, firstLine };
}

/** The body exactly as the MDX compiler receives it (Astro also parses the YAML here; it was read already). */
function astroBody(text: string): string | { message: string } {
  try {
    return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
  } catch (e) {
    return { message: (e as { reason?: string }).reason ?? String(e) };
  }
}

/** Parses one file read from disk or held in memory; a file that cannot be read at all is a problem. */
export function parseSource(src: SourceFile): ContentFile | Problem {
  const isEntry = COLLECTIONS[src.collection].format === 'mdx';
  let yamlText = src.text.startsWith(BOM) ? src.text.slice(1) : src.text;
  let firstLine = 1;
  if (isEntry) {
    const split = splitEntry(src);
    if ('message' in split) return split;
    ({ yaml: yamlText, firstLine } = split);
  }
  const parsed = readYaml(yamlText, firstLine);
  // Lines as an editor counts them (CR, LF or CRLF); the line shown is never past the file's end.
  const lastLine = src.text.split(/\r\n|\r|\n/).length;
  const yamlProblem = (message: string, line: number) =>
    fileProblem(
      src.file,
      '(yaml)',
      `not valid YAML: ${message} — check indentation, colons and quotes on this line`,
      Math.min(line, lastLine),
    );
  if (parsed.error) return yamlProblem(parsed.error.message, parsed.error.line);
  let body: ContentFile['body'];
  if (isEntry) {
    const text = astroBody(src.text);
    if (typeof text !== 'string') return yamlProblem(text.message, firstLine);
    body = { text, line: 1 };
  }
  return {
    collection: src.collection,
    id: idOf(src.file),
    file: src.file,
    data: parsed.data,
    lineOf: parsed.lineOf,
    body,
  };
}
