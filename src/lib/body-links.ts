/**
 * Links written in an entry's Markdown body, and which of them point at another entry
 * (`/entries/<id>/`, `../<id>/`, or a file such as `../2024/2024-x.mdx`), so the content
 * check can report the ones that lead nowhere.
 */
import { paths } from './urls/paths';

export interface BodyLink {
  /** The destination as written. */
  target: string;
  /** 0-based line within the body. */
  line: number;
}

const INLINE = /\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$/;
const HREF = /\bhref\s*=\s*["']([^"']+)["']/g;

/** Every link destination in the body, outside fenced code blocks and inline code. */
export function linksIn(body: string): BodyLink[] {
  const out: BodyLink[] = [];
  let fenced = false;
  for (const [i, raw] of body.split('\n').entries()) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const line = raw.replace(/`[^`]*`/g, '');
    const def = DEFINITION.exec(line);
    if (def && !line.trimStart().startsWith('[^')) out.push({ target: def[1]!, line: i });
    for (const m of line.matchAll(INLINE)) out.push({ target: m[1]!, line: i });
    for (const m of line.matchAll(HREF)) out.push({ target: m[1]!, line: i });
  }
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
  const file = /\/([^/]+)\.mdx?$/.exec(url.pathname);
  if (file) return decodeURIComponent(file[1]!);
  const page = ENTRY_PAGE.exec(url.pathname);
  return page ? decodeURIComponent(page[1]!) : undefined;
}
