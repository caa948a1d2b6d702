/**
 * The static server the browser tests use (tests/helpers/server.ts) serves a built site
 * as a static host would, at the root or under a project site's base path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDist, type SiteServer } from '../helpers/server';

const root = mkdtempSync(path.join(tmpdir(), 'kzaz-server-'));
for (const [rel, text] of Object.entries({
  'index.html': '<h1>home</h1>',
  '404.html': '<h1>Page not found</h1>',
  'entries/x/index.html': '<h1>entry x</h1>',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/wasm.en.pagefind': 'wasm',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/index/en_1.pf_index': 'index',
  'pagefind/fragment/en_1.pf_fragment': 'fragment',
  'pagefind/pagefind.en_1.pf_meta': 'meta',
  'pagefind/filter/en_1.pf_filter': 'filter',
  'x.wasm': 'wasm',
})) {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}
const servers: Promise<SiteServer>[] = [];
const serve = (base?: string) => {
  const server = serveDist(root, { base });
  servers.push(server);
  return server;
};
afterAll(async () => {
  for (const s of servers) await (await s).close();
  rmSync(root, { recursive: true, force: true });
});

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

describe('the static server of the browser tests', () => {
  it('serves /path/ from /path/index.html, and an unknown path as 404.html with status 404', async () => {
    const { url } = await serve();
    await expect(get(`${url}/`)).resolves.toMatchObject({ status: 200, text: '<h1>home</h1>' });
    await expect(get(`${url}/entries/x/`)).resolves.toMatchObject({ status: 200, text: '<h1>entry x</h1>' });
    const missing = await get(`${url}/no/such/page/`);
    expect(missing).toMatchObject({ status: 404, text: '<h1>Page not found</h1>' });
    expect(missing.type).toMatch(/^text\/html/);
  });

  it('gives WebAssembly, scripts, JSON and Pagefind’s index files their content types', async () => {
    const { url } = await serve();
    expect((await get(`${url}/x.wasm`)).type).toBe('application/wasm');
    expect((await get(`${url}/entries/x/`)).type).toMatch(/^text\/html/);
    expect((await get(`${url}/pagefind/pagefind.js`)).type).toMatch(/^text\/javascript/);
    expect((await get(`${url}/pagefind/pagefind-entry.json`)).type).toMatch(/^application\/json/);
    for (const f of [
      'index/en_1.pf_index',
      'fragment/en_1.pf_fragment',
      'pagefind.en_1.pf_meta',
      'filter/en_1.pf_filter',
      'wasm.en.pagefind',
    ])
      expect((await get(`${url}/pagefind/${f}`)).type, f).toBe('application/octet-stream');
  });

  it('records every requested path', async () => {
    const server = await serve();
    await get(`${server.url}/entries/x/`);
    await get(`${server.url}/pagefind/pagefind.js?v=1`);
    await get(`${server.url}/missing`);
    expect(server.requests).toEqual(['/entries/x/', '/pagefind/pagefind.js', '/missing']);
  });

  it('serves a site under a base path, and nothing outside it', async () => {
    const server = await serve('/kz-az/');
    expect(server.url).toBe(`${server.origin}/kz-az`);
    await expect(get(`${server.origin}/kz-az/`)).resolves.toMatchObject({ status: 200, text: '<h1>home</h1>' });
    await expect(get(`${server.origin}/kz-az/entries/x/`)).resolves.toMatchObject({ status: 200 });
    expect((await get(`${server.origin}/kz-az/x.wasm`)).type).toBe('application/wasm');
    await expect(get(`${server.origin}/entries/x/`)).resolves.toMatchObject({ status: 404 });
    await expect(get(`${server.origin}/kz-az/nothing/`)).resolves.toMatchObject({
      status: 404,
      text: '<h1>Page not found</h1>',
    });
  });
});
