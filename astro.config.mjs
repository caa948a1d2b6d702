// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard';
import { pagefind } from './src/integrations/pagefind';

export default defineConfig({
  site: process.env.SITE_URL || 'https://kz-az-timeline.example.org',
  trailingSlash: 'always',
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches let several builds (tests, the benchmark) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  integrations: [
    contentGuard(),
    mdx({ optimize: true }),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefind(),
  ],
});
