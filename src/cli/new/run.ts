/**
 * `npm run new` as a list of steps, each given the one context: read the flags, load
 * the content folder, take the answers the flags give, ask for the rest (in a
 * terminal), require what the kind needs, make the files, check them, write them.
 */
import { createContext, type Context, type ContextOptions } from './context';
import { readArgs } from './steps/args';
import { checkFiles, refuseOverwrite } from './steps/check';
import { makeFiles } from './steps/files';
import { answersGiven, newItemsGiven } from './steps/from-flags';
import { askKind } from './steps/kind';
import { askKindFields } from './steps/kind-fields';
import { askLists } from './steps/lists';
import { loadExisting } from './steps/load';
import { namedPeople, requireAnswers } from './steps/required';
import { askStatus } from './steps/status';
import { askTitleDate } from './steps/title-date';
import { writeFiles } from './steps/write';

export type Step = (ctx: Context) => void | Promise<void>;

/** A step that runs only when there is a terminal to ask in. */
const inTerminal =
  (step: Step): Step =>
  (ctx) =>
    ctx.interactive ? step(ctx) : undefined;

export const STEPS: readonly Step[] = [
  readArgs,
  loadExisting,
  answersGiven,
  newItemsGiven,
  ...[askKind, askTitleDate, askStatus, askLists, askKindFields].map(inTerminal),
  namedPeople,
  requireAnswers,
  makeFiles,
  refuseOverwrite,
  checkFiles,
  writeFiles,
];

export async function runSteps(ctx: Context, steps: readonly Step[] = STEPS): Promise<void> {
  for (const step of steps) await step(ctx);
}

/** Runs `npm run new` with these arguments, folders and outside world. */
export async function runNew(options: ContextOptions): Promise<Context> {
  const ctx = createContext(options);
  await runSteps(ctx);
  return ctx;
}
