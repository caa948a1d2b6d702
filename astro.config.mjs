// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard';
import { pagefind } from './src/integrations/pagefind';
import { inlineScriptHashes } from './src/layouts/inline-scripts';

export default defineConfig({
  site: process.env.SITE_URL || 'https://kz-az-timeline.example.org',
  trailingSlash: 'always',
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches let several builds (tests, the benchmark) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // A Content-Security-Policy <meta> on every page (README, "Publishing"). Scripts:
  // this site's files, the scripts Astro bundles (hashed by Astro) and the inline
  // ones (hashed from src/layouts/inline-scripts.ts); WebAssembly for Pagefind. No
  // 'unsafe-inline'. Everything else only from the site itself.
  security: {
    csp: {
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(),
      },
      directives: [
        "default-src 'self'",
        // Pagefind's web worker (/pagefind/pagefind-worker.js, used above 1,000 pages).
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    contentGuard(),
    mdx({ optimize: true }),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefind(),
  ],
});
