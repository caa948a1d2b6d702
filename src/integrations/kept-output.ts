/**
 * Leaves the files of the last build's routes in the output folder, for Astro to skip in
 * place instead of emptying the folder and copying each skipped page back from its cache,
 * and the files written after the pages, for `files-after-build` to leave as they are when
 * unchanged (src/io/kept-output.ts, docs/incremental-builds.md). Comes after `build-cache`,
 * which drops the record with Astro's caches when the inputs changed, after
 * `files-after-build` and before `pagefind`, which must not index a deleted entry's page.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesPlacedAfterBuild } from '../io/files-after-build';
import { deleteAllBut, deleteFiles, forgetKeptFiles, keptFiles, recordKeptFiles } from '../io/kept-output';

export function keptOutput(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let kept: Set<string> | undefined;
  return {
    name: 'kept-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        kept = keptFiles(cacheDir, outDir);
        // Astro empties the folder unless told not to; this integration empties it instead.
        if (kept) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': ({ logger }) => {
        if (!cacheDir) return;
        forgetKeptFiles(cacheDir);
        if (!kept) return;
        const deleted = deleteAllBut(outDir, kept);
        logger.info(`kept ${kept.size} files of the last build in place, deleted ${deleted} others`);
      },
      'astro:build:done': ({ assets }) => {
        if (!cacheDir) return;
        const routeFiles = [...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)));
        const placed = new Set([
          ...routeFiles.map((file) => file.split(path.sep).join('/')),
          ...filesPlacedAfterBuild(),
        ]);
        // A file kept from the last build that nothing placed this time (a deleted entry's page).
        deleteFiles(
          outDir,
          [...(kept ?? [])].filter((file) => !placed.has(file)),
        );
        recordKeptFiles(cacheDir, outDir, placed);
      },
    },
  };
}
