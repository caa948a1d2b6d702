/**
 * A built site served on a free loopback port as a static host (GitHub Pages) serves
 * it, by sirv (the static file handler of Vite's own preview server):
 * - /path/ → /path/index.html; an unknown path → 404.html with status 404;
 * - under a base path ("/kz-az/") when given, as a project site: nothing outside it exists;
 * - Content-Type from the extension (.wasm is application/wasm, which WebAssembly's
 *   streaming compile requires); Pagefind's own compressed files as application/octet-stream;
 * - every requested path recorded, so that a test can assert what a page fetched.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { DIST } from './astro';

export interface SiteServer {
  /** The site's address, without a trailing slash: `${url}/entries/x/`. With a base, it ends in it. */
  url: string;
  /** The server's origin (no base). */
  origin: string;
  /** Paths requested so far, base included (for asserting what a page fetched). */
  requests: string[];
  close: () => Promise<void>;
}

/** Pagefind's compressed index files and its compressed WebAssembly (wasm.<lang>.pagefind). */
const PAGEFIND_FILE = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

export function serveDist(root: string = DIST, options: { base?: string } = {}): Promise<SiteServer> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const requests: string[] = [];
  const files = sirv(root, {
    dev: false,
    etag: false,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      if (PAGEFIND_FILE.test(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-store');
    },
  });
  const notFound = (() => {
    try {
      return readFileSync(path.join(root, '404.html'));
    } catch {
      return Buffer.from('not found');
    }
  })();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(pathname);
    const send404 = () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return send404();
    // sirv sees the path below the base.
    req.url = '/' + (req.url ?? '/').slice(base.length);
    files(req, res, send404);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        url: `${origin}${base}`.replace(/\/$/, ''),
        requests,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
