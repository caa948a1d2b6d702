/**
 * Builds the Pagefind index from the finished HTML, as the last step of `astro build`,
 * through Pagefind's Node API (no shell, no second command to remember). When every
 * HTML file is byte for byte what the last build indexed, the index kept in Astro's
 * cache dir is placed instead (src/io/index-cache.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { htmlHash, restoreIndex, saveIndex } from '../io/index-cache';

export function pagefind(): AstroIntegration {
  let cache = '';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = fileURLToPath(new URL('pagefind-index/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = `${site}pagefind`;
        const started = performance.now();
        const hash = htmlHash(site, output);
        if (restoreIndex(cache, hash, output)) {
          logger.info(`no indexed page changed: reused the index in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefindApi.close();
        saveIndex(cache, hash, output);
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
