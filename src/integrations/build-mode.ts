/**
 * A build is never a dev server, whatever the environment says: vitest sets DEV=1 and
 * NODE_ENV=test, some shells NODE_ENV=development, and Astro reads a DEV variable as
 * import.meta.env.DEV. src/queries/load.ts shows drafts only when DEV is true, so a
 * build pins it to false and never publishes a draft.
 */
import type { AstroIntegration } from 'astro';

export function buildIsNeverDev(): AstroIntegration {
  return {
    name: 'build-is-never-dev',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { define: { 'import.meta.env.DEV': 'false' } } });
      },
    },
  };
}
