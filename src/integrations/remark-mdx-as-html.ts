/**
 * An MDX entry body, parsed with MDX's syntax (remark-mdx: no raw HTML, no indented
 * code, `{…}` and JSX), made ready for Markdown's HTML step: the elements of the
 * allowlist (src/check/mdx/allowlist.ts) become those HTML elements with their allowed
 * attributes, and everything that would be code is dropped: import/export, `{…}`
 * expressions (the notes to editors, `{/* … *\/}`, the only ones the check lets through),
 * any other element, any other attribute, any `javascript:`, `vbscript:` or `data:`
 * address. The content check refuses all of those with a message before a build
 * renders anything; this step makes sure that nothing else could reach a page.
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { ALLOWED_ELEMENTS, URL_ATTRIBUTES } from '../check/mdx/allowlist';
import { unsafeScheme } from '../check/mdx/urls';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** The element's allowed attributes with a text value (an address only when safe). */
function properties(node: Element, allowed: readonly string[]) {
  const out: Record<string, string | true> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || !allowed.includes(attr.name)) continue;
    if (attr.value === null || attr.value === undefined) out[attr.name] = true;
    else if (typeof attr.value === 'string' && !(URL_ATTRIBUTES.has(attr.name) && unsafeScheme(attr.value)))
      out[attr.name] = attr.value;
  }
  return out;
}

/** Whether a node stays; an allowed element is marked with the HTML element it becomes. */
function keep(node: Nodes): boolean {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return false;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!Object.hasOwn(ALLOWED_ELEMENTS, name)) return false;
      node.data = { ...node.data, hName: name, hProperties: properties(node, ALLOWED_ELEMENTS[name]!.attributes) };
      return true;
    }
    case 'link':
    case 'image':
    case 'definition':
      return !unsafeScheme(node.url);
    default:
      return true;
  }
}

export function remarkMdxAsHtml() {
  return (tree: Root) => {
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || keep(node)) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
