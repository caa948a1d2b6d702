/**
 * Writes the endpoint files handed over by `writtenAfterBuild` (src/io/files-after-build.ts)
 * into the output folder when Astro has rendered the pages, before Pagefind indexes them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writePendingFiles } from '../io/files-after-build';

export function filesAfterBuild(): AstroIntegration {
  return {
    name: 'files-after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writePendingFiles(fileURLToPath(dir));
        logger.info(`wrote ${written} files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
