/**
 * The part of a parsed body the rules read (mdx-safety, body-links): every node of a
 * kind they judge (import/export, expressions, JSX elements, HTML, links, images,
 * definitions), whole and with its position, lifted under the root. The rest of the tree
 * (paragraphs, text, tables) is dropped, so the result is small enough to keep between
 * builds (src/io/parse-cache.ts). Visiting it meets the same judged nodes as the full tree.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { ParsedBody } from '../types';

const JUDGED = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
  'link',
  'image',
  'definition',
]);

function collect(node: Nodes, out: RootContent[]): void {
  if (JUDGED.has(node.type)) {
    out.push(node as RootContent);
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child, out);
}

export function ruleTree(parsed: ParsedBody): ParsedBody {
  if (!parsed.tree) return parsed;
  const children: RootContent[] = [];
  collect(parsed.tree, children);
  const root: Root = { type: 'root', children };
  if (parsed.tree.position) root.position = parsed.tree.position;
  return { tree: root };
}
