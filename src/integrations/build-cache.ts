/**
 * Keeps Astro's caches honest between builds (docs/incremental-builds.md): before a
 * build, drops the content data store and the incremental manifest when the config,
 * the schemas, the integrations, the lockfile or a shown setting changed since the
 * last finished build (Astro's own hashes miss these); after it, stamps the inputs.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildInputsFingerprint, dropCachesIfInputsChanged, stampInputs } from '../io/build-inputs';

export function buildCache(): AstroIntegration {
  let cacheDir = '';
  let fingerprint = '';
  return {
    name: 'build-cache',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        fingerprint = buildInputsFingerprint(fileURLToPath(config.root));
        if (dropCachesIfInputsChanged(cacheDir, fingerprint))
          logger.info('config, schemas or settings changed: content and pages are built afresh');
      },
      'astro:build:done': () => {
        if (fingerprint) stampInputs(cacheDir, fingerprint);
      },
    },
  };
}
