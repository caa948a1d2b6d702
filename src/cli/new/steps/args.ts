/** Reads the command line; `--help` prints the flags and stops, an unknown flag stops with exit code 2. */
import { FlagError, parseFlags } from '../args';
import type { Context } from '../context';
import { helpText } from '../help';

export function readArgs(ctx: Context): void {
  try {
    ctx.flags = parseFlags(ctx.argv);
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    ctx.io.err(`${e.message} — npm run new -- --help lists the flags`);
    ctx.io.exit(2);
  }
  if (ctx.flags.help) {
    ctx.io.out(helpText());
    ctx.io.exit(0);
  }
  if (typeof ctx.flags.slug === 'string') ctx.slug = ctx.flags.slug;
}
