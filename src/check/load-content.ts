/**
 * Reads the content folder from disk into the shape src/lib/content-check.ts checks:
 * the frontmatter or YAML of each file, with a way to find the line of any field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { COLLECTION_NAMES, COLLECTIONS } from '../collections';
import { contentDir } from '../io/content-dir';
import type { ContentFile, FieldPath, Problem } from '../lib/content-check';
import type { CollectionName } from '../collections';

export interface LoadedContent {
  files: ContentFile[];
  /** Files that could not be read as YAML at all. */
  problems: Problem[];
}

function walk(dir: string): string[] {
  let names: import('node:fs').Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/** Parses one file's YAML text; `firstLine` is the file line where the YAML starts. */
export function parseYamlWithLines(
  text: string,
  firstLine: number,
): { data: unknown; lineOf: (p: FieldPath) => number; error?: { line: number; message: string } } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf = (p: FieldPath): number => {
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const key of p) {
      if (isMap(node)) {
        const pair = node.items.find((it) => (it.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const k = pair.key as Node | null;
        if (k?.range) line = lineAt(k.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        const r = (node as Node | undefined)?.range;
        if (r) line = lineAt(r[0]);
      } else break;
    }
    return line;
  };
  const err = doc.errors[0];
  if (err)
    return { data: undefined, lineOf, error: { line: lineAt(err.pos[0]), message: err.message.split('\n')[0]! } };
  return { data: doc.toJS(), lineOf };
}

function readFile(collection: CollectionName, abs: string, root: string): ContentFile | Problem {
  const file = path.relative(root, abs);
  const id = path.basename(abs).replace(/\.(mdx?|ya?ml)$/, '');
  const text = readFileSync(abs, 'utf8');
  let yamlText = text;
  let firstLine = 1;
  let body: ContentFile['body'];
  if (collection === 'entries') {
    const m = FRONTMATTER.exec(text);
    if (!m) {
      return {
        file,
        line: 1,
        field: '(frontmatter)',
        message:
          'no frontmatter — start the file with a line "---", the fields, and another "---" (copy an existing entry)',
      };
    }
    yamlText = m[1]!;
    firstLine = 2;
    body = { text: text.slice(m[0].length), line: m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1) };
  }
  // Fast path: js-yaml, the parser Astro itself uses, so values mean the same to both.
  // The slower, position-keeping parse runs only for a file whose problems need lines.
  try {
    const data = loadYaml(yamlText);
    let lines: ((p: FieldPath) => number) | undefined;
    const lineOf = (p: FieldPath) => (lines ??= parseYamlWithLines(yamlText, firstLine).lineOf)(p);
    return { collection, id, file, data, lineOf, body };
  } catch {
    // Fall through: the position-keeping parser says where the YAML breaks.
  }
  const parsed = parseYamlWithLines(yamlText, firstLine);
  if (parsed.error) {
    return {
      file,
      line: parsed.error.line,
      field: '(yaml)',
      message: `not valid YAML: ${parsed.error.message} — check indentation, colons and quotes on this line`,
    };
  }
  return { collection, id, file, data: parsed.data, lineOf: parsed.lineOf, body };
}

/** Loads every collection under the content folder (CONTENT_DIR or `content/`). */
export function loadContent(root: string = process.cwd(), dir: string = contentDir(root)): LoadedContent {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const collection of COLLECTION_NAMES) {
    const sub = COLLECTIONS[collection].dir;
    const pattern = collection === 'entries' ? /^[^_].*\.mdx?$/ : /\.ya?ml$/;
    for (const abs of walk(path.join(dir, sub)).sort()) {
      if (!pattern.test(path.basename(abs))) continue;
      const out = readFile(collection, abs, root);
      if ('collection' in out) files.push(out);
      else problems.push(out);
    }
  }
  return { files, problems };
}
