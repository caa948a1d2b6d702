/** Stops when a required answer is missing or the kind is not one. */
import { ENTRY_KINDS } from '../../../schemas/entry';
import type { Context } from '../context';
import { missingAnswers } from '../entry-file';

/** People named as visitors, hosts or signatories are people of the entry too. */
export function namedPeople(ctx: Context): void {
  const { answers } = ctx;
  const named = [...(answers.visitors ?? []), ...(answers.hosts ?? []), ...(answers.signatories ?? [])];
  if (named.length) answers.people = [...new Set([...(answers.people ?? []), ...named])];
}

export function requireAnswers(ctx: Context): void {
  const missing = missingAnswers(ctx.answers);
  if (missing.length)
    ctx.fail(
      `missing ${missing.join(', ')} — give ${missing.length === 1 ? 'it' : 'them'} as flags, or run npm run new in a terminal to be asked (npm run new -- --help lists the flags)`,
    );
  if (!ENTRY_KINDS.includes(ctx.answers.kind!))
    ctx.fail(`--kind "${ctx.answers.kind}" is not a kind — use visit, agreement or event`);
}
