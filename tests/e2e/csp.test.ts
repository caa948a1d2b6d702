/**
 * The Content-Security-Policy (astro.config.mjs, security.csp): every built page
 * carries one, it allows each inline script by its hash (the theme script's too, though
 * Astro's meta follows it) and never 'unsafe-inline', and in Chromium no page type, in
 * either theme, with search, the theme switch and the "/" shortcut in use, breaks a
 * rule or asks another host for anything.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distFiles } from '../helpers/dist';
import { newPage, openPage } from '../helpers/browser';
import { useBuiltSite } from '../helpers/site';
import { THEME_SCRIPT } from '../../src/layouts/inline-scripts';

/** One URL per page type. */
const PAGES = [
  '/',
  '/entries/2025-03-03-bektenov-visits-baku/',
  '/topics/',
  '/topics/energy/',
  '/people/ilham-aliyev/',
  '/organizations/socar/',
  '/places/aktau/',
  '/years/2025/',
  '/kinds/visit/',
  '/agreements/',
  '/ahead/',
  '/sources/',
  '/about/',
  '/data/',
  '/data/trade-turnover/',
  '/map/',
  '/search/',
  '/no-such-page/',
];

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;

/** The policy's directives, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/**
 * A script element the browser runs: no type, a JavaScript type or a module. Any other
 * type (the JSON-LD block, application/ld+json) is a data block, never run, which the
 * policy has no say over.
 */
const runs = (attrs: string) => {
  const type = /\stype="([^"]*)"/.exec(attrs)?.[1]?.trim().toLowerCase();
  return type === undefined || ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
};
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => runs(m[1]!))
    .map((m) => m[2]!);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** What is wrong with one page's policy (empty when nothing is). */
function policyProblems(html: string): string[] {
  const metas = [...html.matchAll(CSP_META)];
  if (metas.length !== 1) return [`${metas.length} CSP meta elements`];
  const policy = directives(metas[0]![1]!);
  const scriptSrc = policy.get('script-src') ?? [];
  const problems: string[] = [];
  // Astro writes the meta at the end of <head>, after the theme script, which must run
  // before the page paints: that script (and no other) may come first.
  const before = html.slice(0, metas[0]!.index!);
  if (inlineScripts(before).some((script) => script !== THEME_SCRIPT) || /<script[^>]*\ssrc=/.test(before))
    problems.push('a script other than the theme script before the CSP meta');
  if (!scriptSrc.length) problems.push('no script-src');
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:'])
    if (scriptSrc.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
  if (policy.has('script-src-elem') || policy.has('script-src-attr')) problems.push('script-src-elem/attr set');
  if (policy.get('default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  for (const [name, sources] of policy)
    for (const source of sources) if (/^(https?:|\*)/.test(source)) problems.push(`${name} allows ${source}`);
  for (const script of inlineScripts(html))
    if (!scriptSrc.includes(sha256(script))) problems.push(`inline script without its hash: ${script.slice(0, 60)}`);
  return problems;
}

describe('the CSP meta of every built page', () => {
  const pages = distFiles().filter((file) => file.endsWith('.html'));

  it('every HTML file has one, allowing its inline scripts by hash and no unsafe source', () => {
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((file) => policyProblems(readFileSync(file, 'utf8')).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('the search page allows WebAssembly (Pagefind) and nothing else beyond self and hashes', () => {
    const html = readFileSync(
      pages.find((file) => file.endsWith('/search/index.html'))!,
      'utf8',
    );
    const scriptSrc = directives([...html.matchAll(CSP_META)][0]![1]!).get('script-src')!;
    expect(scriptSrc.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('the check finds an unhashed inline script, unsafe-inline, a foreign host and a missing policy', () => {
    const html = readFileSync(
      pages.find((file) => file.endsWith('/about/index.html'))!,
      'utf8',
    );
    expect(policyProblems(html)).toEqual([]);
    expect(policyProblems(html.replace('</body>', '<script>alert(1)</script></body>'))).toEqual([
      'inline script without its hash: alert(1)',
    ]);
    expect(policyProblems(html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toEqual([
      "script-src allows 'unsafe-inline'",
    ]);
    expect(policyProblems(html.replace("default-src 'self'", "default-src 'self' https://cdn.example"))).toEqual([
      "default-src is not 'self'",
      'default-src allows https://cdn.example',
    ]);
    expect(policyProblems(html.replace(CSP_META, ''))).toEqual(['0 CSP meta elements']);
    expect(policyProblems(html.replace('<head>', '<head><script>x()</script>'))).toEqual([
      'a script other than the theme script before the CSP meta',
      'inline script without its hash: x()',
    ]);
    // The page's JSON-LD is a data block (not run, nothing to hash); a script typed as JavaScript is not.
    expect(html).toContain('<script type="application/ld+json">');
    expect(policyProblems(html.replace('</body>', '<script type="text/javascript">y()</script></body>'))).toEqual([
      'inline script without its hash: y()',
    ]);
  });
});

const site = useBuiltSite();

interface Watched {
  page: Page;
  /** CSP violations the page reported: "directive blocked-uri". */
  violations: () => Promise<string[]>;
  /** Requests to any other origin than the site's. */
  foreign: string[];
}

/** A page that collects CSP violations and foreign requests: for this test, or (`open`) for a whole describe. */
async function watchedPage(theme: 'light' | 'dark', open = newPage): Promise<Watched> {
  const page = await open(site.browser, { colorScheme: theme });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI || '(inline)'} ${e.sample}`.trim()),
    );
  });
  const foreign: string[] = [];
  const origin = new URL(site.server.url).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return {
    page,
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

describe('in Chromium, under the policy', () => {
  it('a script the policy does not list is blocked and reported (the listener works)', async () => {
    const { page, violations } = await watchedPage('light');
    await page.goto(`${site.server.url}/about/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.documentElement.dataset.injected = "ran"';
      document.body.append(s);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem \(?inline\)?/)]);
    expect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
    await page.context().close();
  });

  // One page per theme visits every page type in turn (a context per case cost more than
  // the case); each case leaves the theme as it found it, so the next starts from the same.
  describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
    let watched: Watched;
    beforeAll(async () => {
      watched = await watchedPage(theme, openPage);
    });
    afterAll(() => watched?.page.context().close());

    it.each(PAGES)('%s: no violation, no other host; theme switch and "/" work', async (url) => {
      const { page, violations, foreign } = watched;
      foreign.length = 0;
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      // The system's theme, or the same saved by the case before.
      expect((await page.evaluate(() => document.documentElement.dataset.theme)) ?? theme).toBe(theme);

      // The toggle script ran (it shows the button) and switches the theme; the head
      // script applies the saved choice on the next load (the same script on every page,
      // which ran under this page's policy at the first load: reloaded on the home page only).
      const toggle = page.locator('[data-theme-toggle]');
      await expect.poll(() => toggle.isVisible()).toBe(true);
      await toggle.click();
      const other = theme === 'light' ? 'dark' : 'light';
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(other);
      if (url === '/') {
        await page.reload({ waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(other);
      }

      // "/" focuses the search box.
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        url === '/search/' ? 'search-q' : 'site-search',
      );

      if (url === '/search/') {
        await page.keyboard.type('Baku');
        await expect
          .poll(() => page.locator('[data-search-results] .result-title a').count(), { timeout: 15_000 })
          .toBeGreaterThan(0);
      }

      expect(await violations()).toEqual([]);
      expect(foreign).toEqual([]);

      // Back to the theme the case started in, saved for the next page.
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    });
  });

  it('a search result opened with highlighted words marks them', async () => {
    const { page, violations } = await watchedPage('light');
    await page.goto(`${site.server.url}/entries/2025-03-03-bektenov-visits-baku/?pagefind-highlight=baku`);
    await expect.poll(() => page.locator('[data-pagefind-body] mark').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
