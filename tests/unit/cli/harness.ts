/** Runs `npm run new` in-process: output collected, exit caught, prompts scripted. */
import type { Prompts } from '../../../src/cli/new/context';
import { runNew } from '../../../src/cli/new/run';

export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Prompts that fail the test if anything is asked. */
export const noPrompts = new Proxy({} as Prompts, {
  get: (_, name) => () => {
    throw new Error(`asked ${String(name)} without a terminal`);
  },
});

/**
 * Prompts that answer from a script, in order, and record each question's message.
 * An answer may be a function of the question (to check its options, say).
 */
export function scriptedPrompts(answers: unknown[]): { prompts: Prompts; asked: string[] } {
  const asked: string[] = [];
  const answer = async (opts: { message: string }) => {
    asked.push(opts.message);
    if (!answers.length) throw new Error(`no answer scripted for "${opts.message}"`);
    const next = answers.shift();
    return typeof next === 'function' ? next(opts) : next;
  };
  const quiet = () => undefined;
  const prompts = {
    intro: quiet,
    outro: quiet,
    note: quiet,
    cancel: quiet,
    isCancel: (v: unknown) => typeof v === 'symbol',
    text: answer,
    select: answer,
    autocomplete: answer,
    autocompleteMultiselect: answer,
    confirm: answer,
  } as unknown as Prompts;
  return { prompts, asked };
}

export async function run(
  argv: string[],
  dir: string,
  opts: { interactive?: boolean; prompts?: Prompts; today?: Date } = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  try {
    await runNew({
      argv,
      root: dir,
      dir,
      today: opts.today ?? new Date('2025-12-01T00:00:00Z'),
      interactive: opts.interactive ?? false,
      prompts: opts.prompts ?? noPrompts,
      io: {
        out: (text) => out.push(text),
        err: (text) => err.push(text),
        exit: (c) => {
          throw new Exit(c);
        },
      },
    });
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    code = e.code;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}
