/**
 * The inline scripts of every page, as strings, so that the page (`<script is:inline
 * set:html={…} />`) and the Content-Security-Policy (astro.config.mjs, security.csp)
 * use the same text: the policy allows exactly these scripts by their SHA-256 hash,
 * and a change to one of them changes its hash with it. Astro hashes the scripts it
 * bundles, not `is:inline` ones.
 */
import { createHash } from 'node:crypto';
import { HIGHLIGHT_SCRIPT } from '../components/search/highlight-script';

/** In <head>, before the page paints: the saved theme, so a dark theme does not flash. */
export const THEME_SCRIPT = `
try {
  const t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {}
`;

/** "/" focuses the search box (the search page's own box there), unless typing somewhere. */
export const SHORTCUT_SCRIPT = `
addEventListener('keydown', (e) => {
  const t = e.target;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  const box = document.querySelector('[data-search-primary]') || document.getElementById('site-search');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
`;

/**
 * The theme toggle button: shown only when this script runs, remembers the choice. Its
 * two labels, in the page's language, are the button's data-dark and data-light.
 */
export const THEME_TOGGLE_SCRIPT = `
(() => {
  const b = document.querySelector('[data-theme-toggle]');
  if (!b) return;
  const root = document.documentElement;
  const dark = () =>
    root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const show = () => {
    b.setAttribute('aria-pressed', String(dark()));
    b.textContent = dark() ? b.dataset.light : b.dataset.dark;
  };
  b.hidden = false;
  show();
  b.addEventListener('click', () => {
    root.dataset.theme = dark() ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', root.dataset.theme);
    } catch {}
    show();
  });
})();
`;

/** Every inline script any page carries (the highlight script is on entry and entity pages). */
export const INLINE_SCRIPTS = [THEME_SCRIPT, SHORTCUT_SCRIPT, THEME_TOGGLE_SCRIPT, HIGHLIGHT_SCRIPT];

/** CSP source hashes (`sha256-…`) of the inline scripts, for security.csp.scriptDirective.hashes. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return INLINE_SCRIPTS.map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const);
}
