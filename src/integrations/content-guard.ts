/**
 * Runs the content check before Astro loads any collection. In `astro build` a problem
 * stops the build with one line per problem, before any entry is compiled, so an entry
 * that holds code (an export, a script: src/check/rules/mdx-safety.ts) never runs. In
 * `astro dev` the problems are printed, the server keeps serving the rest of the site
 * (the dev loader leaves the refused entries out), and the check runs again whenever a
 * file under the content folder changes, so the terminal always shows what is wrong now.
 *
 * Why dev needs this: Astro's own loader reports a schema error on reload without the
 * line, keeps serving the last good version of the entry, and does not notice what no
 * single schema sees (an unknown person id is silently dropped from the page).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBody } from '../check/mdx/parse-body';
import { ruleTree } from '../check/mdx/rule-tree';
import { runContentCheck } from '../check/run';
import { dropWaitingCitations } from '../io/cite-cache';
import { citationsAhead } from '../io/citations-ahead';
import { parseCache } from '../io/parse-cache';
import { dropParsedBodies, handOver } from './parsed-bodies';
import { contentDir } from '../io/content-dir';
import { timed } from '../io/timings';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Re-checks after a burst of file events has settled. */
const SETTLE_MS = 150;

/** Runs the check and logs what changed since the last run; returns the report. */
function checkAndLog(logger: AstroIntegrationLogger, previous: string | undefined): string {
  const { problems, report } = runContentCheck();
  if (report === previous) return report;
  if (problems.length)
    logger.error(
      `\n${report}\nThe other pages are still served; the check runs again whenever a content file is saved.`,
    );
  else if (previous !== undefined) logger.info(report);
  return report;
}

export function contentGuard(): AstroIntegration {
  let lastReport: string | undefined;
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'build') {
          // Bodies unchanged since the last build are not parsed again (src/io/parse-cache.ts);
          // those parsed now are handed to the loader, which renders them (src/integrations/parsed-bodies.ts).
          const parse = (text: string, isMdx: boolean) => {
            const parsed = parseBody(text, isMdx);
            if (isMdx && parsed.tree) handOver(text, parsed.tree);
            return parsed;
          };
          const cache = parseCache(fileURLToPath(config.cacheDir), '1', parse, ruleTree);
          const { problems, report, fileCount } = timed('content-check', () =>
            runContentCheck(undefined, undefined, {
              parseBody: cache.parse,
              // The entries' citations are formatted in a thread from here on (src/io/citations-ahead.ts).
              onRead: (files) => citationsAhead(files, config),
            }),
          );
          if (problems.length === 0) {
            cache.save();
            const { parsed, kept } = cache.counts();
            logger.info(`${fileCount} files, no problems; bodies parsed: ${parsed} (${kept} kept from the last build)`);
            return;
          }
          dropWaitingCitations();
          dropParsedBodies();
          const error = new ContentError(`\n${report}\nFix the lines above and build again.`);
          error.stack = error.message;
          throw error;
        }
        if (command === 'dev') lastReport = checkAndLog(logger, undefined);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        server.watcher.add(dir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(dir + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            lastReport = checkAndLog(logger, lastReport);
          }, SETTLE_MS);
        });
      },
    },
  };
}
