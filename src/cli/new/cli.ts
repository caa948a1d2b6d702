/**
 * `npm run new`: adds a timeline entry. Asks for what it needs (kind, title, date,
 * topics, people, places, sources, and what the kind requires), offering the existing
 * people, places and sources with type-ahead or creating new ones; checks the result
 * with the same content check as `npm run check`; writes the files; prints the path
 * and the preview URL. Every answer can be given as a flag instead (see --help), and
 * without a terminal the flags are all there is: `npm run new -- --kind visit ...`.
 *
 * This file only wires the real process to the steps (src/cli/new/run.ts); it runs
 * them when it is the script being run, and does nothing when imported.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prompts from '@clack/prompts';
import { contentDir } from '../../io/content-dir';
import { runNew } from './run';

export async function main(): Promise<void> {
  const root = process.cwd();
  await runNew({
    argv: process.argv.slice(2),
    root,
    dir: contentDir(root),
    today: new Date(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    prompts,
    io: {
      out: (text) => console.log(text),
      err: (text) => console.error(text),
      exit: (code) => process.exit(code),
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
