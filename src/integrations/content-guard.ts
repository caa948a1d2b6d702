/**
 * Runs the content check before Astro loads any collection. In `astro build` a problem
 * stops the build with one line per problem; in `astro dev` the problems are printed
 * and the server keeps serving the rest of the site.
 */
import type { AstroIntegration } from 'astro';
import { runContentCheck } from '../check/run-check';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems, report } = runContentCheck();
        if (problems.length === 0) return;
        if (command === 'build') {
          const error = new ContentError(`\n${report}\nFix the lines above and build again.`);
          error.stack = error.message;
          throw error;
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
