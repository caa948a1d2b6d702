/**
 * Issue #16: a translation cites exactly what its original cites. Entries cite their
 * sources with footnotes: a marker `[^trend]` in the text and its line
 * `[^trend]: Trend News Agency, "…", 3 March 2025.` below it. A translation keeps the
 * original's markers on the sentences they support and copies the footnote lines
 * unchanged: no marker the original does not have, no footnote reworded, none left out.
 */
import type { FootnoteDefinition, FootnoteReference, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { isDraft, translationFiles } from '../translations';
import type { CheckedFile, Problem, Rule } from '../types';

interface Footnotes {
  /** By identifier: the label as written, its text (spaces collapsed) and its line in the body. */
  definitions: Map<string, { label: string; text: string; line: number }>;
  references: { identifier: string; label: string; line: number }[];
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

function footnotesOf(file: CheckedFile): Footnotes | undefined {
  const tree = file.parsedBody?.tree;
  const text = file.body?.text;
  if (!tree || text === undefined) return undefined;
  const out: Footnotes = { definitions: new Map(), references: [] };
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'footnoteDefinition') {
      const def = node as FootnoteDefinition;
      const source = text.slice(def.position?.start.offset ?? 0, def.position?.end.offset ?? 0);
      const label = def.label ?? def.identifier;
      if (!out.definitions.has(def.identifier))
        out.definitions.set(def.identifier, { label, text: squeeze(source.replace(/^\[\^[^\]]*\]:/, '')), line });
    } else if (node.type === 'footnoteReference') {
      const ref = node as FootnoteReference;
      out.references.push({ identifier: ref.identifier, label: ref.label ?? ref.identifier, line });
    } else if (node.type === 'text') {
      // A marker without its footnote line is no footnote to the parser: it stays text, and would show as "[^x]".
      for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g))
        out.references.push({
          identifier: m[1]!.toLowerCase(),
          label: m[1]!,
          line: line + node.value.slice(0, m.index).split('\n').length - 1,
        });
    }
  });
  return out;
}

const marker = (label: string) => `[^${label}]`;

function citationProblems(file: CheckedFile, original: CheckedFile): Problem[] {
  const own = footnotesOf(file);
  const theirs = footnotesOf(original);
  if (!own || !theirs) return [];
  const at = (line: number, label: string, message: string): Problem => ({
    file: file.file,
    line: file.body!.line - 1 + line,
    field: `(body) ${marker(label)}`,
    message,
  });
  const known = [...theirs.definitions.values()].map((d) => marker(d.label)).join(', ') || 'none';
  const unknown = (label: string) =>
    `the original entry ${original.file} has no footnote ${marker(label)} — a translation cites only what its original cites (${known}): use its markers`;
  const problems: Problem[] = [];
  for (const ref of own.references) {
    if (!theirs.definitions.has(ref.identifier)) problems.push(at(ref.line, ref.label, unknown(ref.label)));
    else if (!own.definitions.has(ref.identifier))
      problems.push(
        at(
          ref.line,
          ref.label,
          `${marker(ref.label)} has no footnote line in the translation — copy the line ${marker(ref.label)}: … from ${original.file} below the text, unchanged`,
        ),
      );
  }
  for (const [id, def] of own.definitions) {
    const source = theirs.definitions.get(id);
    if (!source) problems.push(at(def.line, def.label, unknown(def.label)));
    else if (source.text !== def.text)
      problems.push(
        at(
          def.line,
          def.label,
          `the footnote ${marker(def.label)} is not the original's — copy its line from ${original.file} unchanged ("${source.text}"): a citation names the source as it is, and is not translated`,
        ),
      );
  }
  const lastLine = (file.body!.text.trimEnd().split(/\r\n|\r|\n/).length || 1) - 1 + file.body!.line;
  for (const [id, def] of theirs.definitions)
    if (!own.definitions.has(id) && !own.references.some((r) => r.identifier === id))
      problems.push({
        file: file.file,
        line: lastLine,
        field: `(body) ${marker(def.label)}`,
        message: `the original entry ${original.file} cites ${marker(def.label)} and the translation does not — put the marker where the original has it, and copy the line ${marker(def.label)}: … below the text`,
      });
  return problems;
}

export const translationCitations: Rule = (files) =>
  translationFiles(files).flatMap(({ file, original }) =>
    // A translation of a draft is refused as a whole (./translations.ts): one mistake, one line.
    original && !isDraft(original) && !file.unreadable ? citationProblems(file, original) : [],
  );
