/**
 * Links written from the site's root in an entry body (`/entries/<id>/`, the form
 * CONTRIBUTING asks for) are given the site's base path, so they work on a project site
 * served under `/<repo>/`. Other links are left as written.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkBaseLinks(base: string) {
  const prefix = base.replace(/\/*$/, '/');
  return () => (tree: Root) => {
    if (prefix === '/') return;
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && /^\/(?!\/)/.test(node.url)) {
        node.url = prefix + node.url.slice(1);
      }
    });
  };
}
