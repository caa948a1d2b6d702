/**
 * Links in entry bodies point at entries that exist and are published (`/entries/<id>/`,
 * `../<id>/`, or a file such as `../2024/2024-x.mdx`). Links are read from the parsed
 * body (Markdown links, reference definitions, `<a href>`), so code blocks never count.
 * Checked whatever the frontmatter's state: the body does not depend on it. A
 * translation's links are read from its original's page.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { paths } from '../../lib/urls/paths';
import { translationOf } from '../../lib/translations/names';
import { idsByCollection } from '../ids';
import { closestIds } from '../suggest';
import type { CheckedFile, Problem, Rule } from '../types';

export interface BodyLink {
  /** The destination as written. */
  target: string;
  /** 1-based line within the body. */
  line: number;
}

/** Every link destination in a parsed body. */
export function linksIn(file: CheckedFile): BodyLink[] {
  const out: BodyLink[] = [];
  if (!file.parsedBody?.tree) return out;
  visit(file.parsedBody.tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'definition') out.push({ target: node.url, line });
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a')
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string')
          out.push({ target: a.value, line });
  });
  return out;
}

const BASE = 'http://site.invalid';
const ENTRY_PAGE = new RegExp(`^${paths.entry('([^/]+)').replace(/\//g, '\\/')}?$`);

/**
 * The id of the entry a link from entry `fromId` points at, or undefined when it points
 * elsewhere (another site, a topic page, a footnote, a file that is not an entry).
 */
export function linkedEntryId(target: string, fromId: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(target, BASE + paths.entry(fromId));
  } catch {
    return undefined;
  }
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const file = /\/([^/]+)\.mdx?$/.exec(url.pathname);
  if (file) return decode(file[1]!);
  const page = ENTRY_PAGE.exec(url.pathname);
  return page ? decode(page[1]!) : undefined;
}

const isDraft = (f: CheckedFile) => (f.data as { draft?: unknown } | undefined)?.draft === true;

function linkProblem(file: CheckedFile, target: string, entries: Map<string, CheckedFile>): string | undefined {
  const id = linkedEntryId(target, file.id);
  if (id === undefined) return undefined;
  const linked = entries.get(id);
  if (!linked) {
    const near = closestIds(id, entries.keys());
    return `no entry has the id "${id}" — ${near.length ? `did you mean ${near.map((n) => paths.entry(n)).join(' or ')}? ` : ''}link to /entries/<id>/, where <id> is the file name of the entry without .mdx`;
  }
  if (isDraft(linked) && !isDraft(file))
    return `"${id}" is a draft, so the link would be broken on the built site — publish that entry (remove draft: true) or remove the link`;
  if (/\.mdx?$/.test(target.split(/[?#]/)[0]!))
    return `a link to the file, which does not exist on the site — write ${paths.entry(id)} instead`;
  return undefined;
}

/** The entry whose page shows a body: the entry itself, or the one a translation translates (issue #16). */
const pageOf = (file: CheckedFile): CheckedFile =>
  file.collection === 'translations' ? { ...file, id: translationOf(file.id)?.original ?? file.id } : file;

export const bodyLinks: Rule = (files) => {
  const entries = idsByCollection(files).get('entries') ?? new Map<string, CheckedFile>();
  return files.flatMap((file) =>
    (file.collection !== 'entries' && file.collection !== 'translations') || !file.body
      ? []
      : linksIn(file).flatMap((link): Problem[] => {
          const message = linkProblem(pageOf(file), link.target, entries);
          if (!message) return [];
          return [
            { file: file.file, line: file.body!.line - 1 + link.line, field: `(body) link to ${link.target}`, message },
          ];
        }),
  );
};
