// The benchmark's baseline: a bare Astro 7 site with the same Markdown processor and
// MDX integration as the real one, and one plain page per entry. Nothing else.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx({ optimize: true })],
});
