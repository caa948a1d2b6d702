// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { buildCache } from './src/integrations/build-cache';
import { buildIsNeverDev } from './src/integrations/build-mode';
import { contentGuard } from './src/integrations/content-guard';
import { keptOutput } from './src/integrations/kept-output';
import { filesAfterBuild } from './src/integrations/files-after-build';
import { pagefind } from './src/integrations/pagefind';
import { markdownProcessor } from './src/integrations/markdown';
import { inlineScriptHashes } from './src/layouts/inline-scripts';
import { astroCacheDir } from './src/io/env';
import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales';

// Where the site is published: SITE_URL is the origin, BASE_PATH the path under it
// (`/<repo>/` for a GitHub Pages project site; README, "Publishing"). Every URL the site
// writes goes through src/lib/urls/paths.ts, which reads the base from Astro.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://kz-az-timeline.example.org',
  base,
  trailingSlash: 'always',
  // English at the root (unchanged URLs), the other languages under /ru/, /kk/, /az/
  // (src/i18n/; which of them a build makes: SITE_LOCALES, src/io/env.ts).
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALE_CODES,
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Entry bodies are rendered with it when the content is loaded (src/integrations/bodies-as-html.ts).
    processor: markdownProcessor(base),
    // Shiki colours code with inline styles, which the Content-Security-Policy refuses;
    // entries have no code to colour.
    syntaxHighlight: false,
  },
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches let several builds (tests, the benchmark) run side by side; the share
  // images are cached there as well (src/io/share-cache.ts).
  cacheDir: astroCacheDir(),
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
  // Lets the Astro VS Code extension check entry frontmatter as it is typed
  // (with "astro.content-intellisense": true in .vscode/settings.json).
  // Incremental builds (docs/incremental-builds.md): a page whose cacheKey (src/queries/
  // cache-key.ts) and module graph are unchanged keeps last build's file, restored from
  // the cache dir.
  experimental: { contentIntellisense: true, incrementalBuild: true },
  integrations: [
    // Drops Astro's caches when the config, schemas or settings changed: first, so that it
    // never drops what this build's content check has just kept.
    buildCache(),
    // Stops a build, before anything compiles, on any content problem (npm run check).
    contentGuard(),
    // Drafts show in `astro dev` only.
    buildIsNeverDev(),
    mdx({ optimize: true }),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      // Each page's <xhtml:link rel="alternate" hreflang> to the same page in the other languages.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALE_CODES.map((l) => [l, l])) },
    }),
    // The citation downloads and share images: written after the pages, not rendered as routes.
    filesAfterBuild(),
    // Leaves last build's files in outDir for the next build to keep where unchanged (Astro
    // would empty it and copy skipped pages back from its cache); deletes what no longer
    // belongs before Pagefind indexes the folder.
    keptOutput(),
    pagefind(),
  ],
});
