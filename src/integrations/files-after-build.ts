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
        const { files, unchanged } = await writePendingFiles(fileURLToPath(dir));
        const ms = Math.round(performance.now() - started);
        logger.info(`wrote ${files.length - unchanged} files and kept ${unchanged} unchanged in ${ms} ms`);
      },
    },
  };
}
