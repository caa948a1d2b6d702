/** Small readers of built HTML for tests: links, ids, pages. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distFiles } from './dist';
import { DIST } from './astro';

export interface HtmlPage {
  /** URL path, e.g. /entries/x/ */
  url: string;
  file: string;
  html: string;
}

const cache = new Map<string, HtmlPage[]>();
/** Every HTML page of a built site (dist/ unless told), read once per test file. */
export function htmlPages(root = DIST): HtmlPage[] {
  if (!cache.has(root))
    cache.set(
      root,
      distFiles(root)
        .filter((f) => f.endsWith('.html'))
        .map((file) => {
          const rel = '/' + path.relative(root, file).split(path.sep).join('/');
          return { file, url: rel.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') };
        }),
    );
  return cache.get(root)!;
}

/** href and src values of a page, without the parts of inline scripts and styles. */
export function linksIn(html: string): string[] {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
  return [...body.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Count of links to `href` in a page (exact attribute match). */
export const countLinks = (html: string, href: string): number => html.split(`href="${href}"`).length - 1;
