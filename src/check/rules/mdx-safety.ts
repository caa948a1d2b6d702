/**
 * An entry is data, never code. MDX compiles a body to a JavaScript module that runs
 * while the site is built, and whatever markup it holds ships to every reader; entries
 * arrive by pull request. So the body, as the MDX parser reads it, may hold Markdown
 * and the few elements of ../mdx/allowlist.ts, and nothing that runs: no import or
 * export, no `{expression}` (an MDX comment `{/* … *\/}` is fine), no script-like
 * element, no `on…=` handler, no `javascript:`/`vbscript:`/`data:` address.
 */
import type { Nodes } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { ALLOWED_ELEMENTS, allowedList, DANGEROUS_ELEMENTS, URL_ATTRIBUTES } from '../mdx/allowlist';
import { unsafeScheme } from '../mdx/urls';
import type { CheckedFile, Problem, Rule } from '../types';

type Element = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Attribute = Element['attributes'][number];
type Found = { node: { position?: Nodes['position'] }; field: string; message: string };

const REMOVE_CODE = 'an entry is data: write the facts in the frontmatter and the text in Markdown';

function urlProblem(url: string, what: string): string | undefined {
  const scheme = unsafeScheme(url);
  return scheme
    ? `${what} uses a ${scheme} address, which runs code or carries a hidden document instead of leading to a page — link to an https:// address or a page of this site`
    : undefined;
}

/** True for `{}` or `{/* a comment *\/}`: an expression with no code in it. */
function isCommentOnly(node: { data?: { estree?: { body: unknown[] } | null | undefined } }): boolean {
  return node.data?.estree?.body.length === 0;
}

function attributeProblem(element: string, attr: Attribute): Found | undefined {
  if (attr.type === 'mdxJsxExpressionAttribute')
    return {
      node: attr,
      field: `(body) <${element} {…}>`,
      message: `a spread of JavaScript {${attr.value}} runs when the site is built — write each attribute as name="text"`,
    };
  const field = `(body) <${element} ${attr.name}>`;
  if (attr.name.toLowerCase().startsWith('on'))
    return {
      node: attr,
      field,
      message: `${attr.name}= is an event handler, a script that runs in the reader’s browser — remove it; an entry cannot react to clicks`,
    };
  if (attr.value && typeof attr.value === 'object')
    return {
      node: attr,
      field,
      message: `${attr.name}={${attr.value.value}} is a JavaScript expression, which runs when the site is built — write the value as text: ${attr.name}="…"`,
    };
  const unsafe =
    URL_ATTRIBUTES.has(attr.name.toLowerCase()) &&
    typeof attr.value === 'string' &&
    urlProblem(attr.value, `${attr.name}="${attr.value}"`);
  if (unsafe) return { node: attr, field, message: unsafe };
  if (!ALLOWED_ELEMENTS[element]?.attributes.includes(attr.name))
    return {
      node: attr,
      field,
      message: `<${element}> may not carry ${attr.name}= — allowed: ${ALLOWED_ELEMENTS[element]?.attributes.join(', ') || 'no attributes'}`,
    };
  return undefined;
}

/** What is wrong with an element: its name, else its attributes. Undefined when it is allowed. */
function elementProblems(node: Element): Found[] {
  const name = node.name ?? '';
  const tag = name ? `<${name}>` : '<>';
  const field = `(body) ${tag}`;
  const danger = DANGEROUS_ELEMENTS[name.toLowerCase()];
  if (danger)
    return [{ node, field, message: `${tag} is not allowed in an entry: ${danger} — remove it; ${REMOVE_CODE}` }];
  if (!Object.hasOwn(ALLOWED_ELEMENTS, name))
    return [
      {
        node,
        field,
        message: `${tag} is not one of the elements an entry may use (${allowedList()}) — write it in Markdown, or ask for the element in an issue`,
      },
    ];
  return node.attributes.flatMap((a) => attributeProblem(name, a) ?? []);
}

function nodeProblems(node: Nodes): Found[] | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        {
          node,
          field: '(body) import/export',
          message: `"${node.value.split('\n')[0]}" is JavaScript, which runs on the machine that builds the site — remove it; ${REMOVE_CODE}`,
        },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentOnly(node)
        ? []
        : [
            {
              node,
              field: '(body) {…}',
              message: `{${node.value}} is a JavaScript expression, which runs when the site is built — write the text itself; for a literal brace write \\{, for a note to editors {/* … */}`,
            },
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'html':
      return [
        {
          node,
          field: '(body) HTML',
          message: `raw HTML (${node.value.split('\n')[0]}) in a .md entry reaches readers unchecked — write it in Markdown, or rename the file to .mdx and use one of ${allowedList()}`,
        },
      ];
    case 'link':
    case 'image':
    case 'definition': {
      const message = urlProblem(node.url, `the ${node.type} to ${node.url}`);
      return message ? [{ node, field: `(body) ${node.type}`, message }] : [];
    }
    default:
      return undefined;
  }
}

function bodyProblems(file: CheckedFile): Problem[] {
  const parsed = file.parsedBody;
  if (!parsed || !file.body) return [];
  const offset = file.body.line - 1;
  if (parsed.error)
    return [
      {
        file: file.file,
        line: parsed.error.line + offset,
        column: parsed.error.column,
        field: '(body)',
        message: `the MDX cannot be read: ${parsed.error.message} — to write < or { as text, write \\< or \\{`,
      },
    ];
  const problems: Problem[] = [];
  visit(parsed.tree, (node) => {
    const found = nodeProblems(node as Nodes);
    if (!found) return undefined;
    for (const f of found) {
      const start = f.node.position?.start;
      problems.push({
        file: file.file,
        line: (start?.line ?? 1) + offset,
        column: start?.column ?? 1,
        field: f.field,
        message: f.message,
      });
    }
    // A refused element's content is not looked into: removing the element removes it.
    return found.length && node.type.startsWith('mdxJsx') ? SKIP : undefined;
  });
  return problems;
}

export const mdxSafety: Rule = (files) => files.flatMap(bodyProblems);
