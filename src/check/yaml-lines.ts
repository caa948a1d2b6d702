/**
 * YAML read the way the content check needs it: values as the contributor wrote them
 * (a date stays the text `2025-02-31`; YAML 1.1 would turn it into 3 March), and the
 * line of any field, for the problem lines.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from './types';

export interface ParsedYaml {
  data: unknown;
  lineOf: (p: FieldPath) => number;
  error?: { line: number; message: string };
}

/** Parses one file's YAML text with positions; `firstLine` is the file line where the YAML starts. */
export function parseYamlWithLines(text: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  // The YAML 1.2 core schema: no timestamps, so dates stay text.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, schema: 'core', logLevel: 'error' });
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
  try {
    return { data: doc.toJS(), lineOf };
  } catch (e) {
    // A document that parses but cannot become data (an alias to an anchor that does not exist).
    return { data: undefined, lineOf, error: { line: firstLine, message: (e as Error).message } };
  }
}

/**
 * Fast path: js-yaml, the parser Astro itself uses (so values mean the same to both),
 * with its core schema (no timestamps). The slower, position-keeping parse runs only
 * when a problem needs a line, or when js-yaml refuses the text and the error needs one.
 */
export function readYaml(text: string, firstLine: number): ParsedYaml {
  try {
    const data = loadYaml(text, { schema: CORE_SCHEMA });
    let lines: ParsedYaml['lineOf'] | undefined;
    return { data, lineOf: (p) => (lines ??= parseYamlWithLines(text, firstLine).lineOf)(p) };
  } catch (e) {
    const parsed = parseYamlWithLines(text, firstLine);
    if (parsed.error) return parsed;
    // js-yaml refused what the yaml package accepts (a rare corner): report js-yaml's reason.
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? 'unreadable';
    return { ...parsed, data: undefined, error: { line: (mark?.line ?? 0) + firstLine, message: reason } };
  }
}
