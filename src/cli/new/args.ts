/** The command line, read with the flags table. */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { parseList, type EntryAnswers } from './entry-file';
import { FLAGS, type FlagDef, type FlagValues } from './flags';

/** A command line the table does not allow (an unknown flag, a missing value). */
export class FlagError extends Error {}

const options = (flags: readonly FlagDef[]): ParseArgsOptionsConfig =>
  Object.fromEntries(
    flags.map((f) => [
      f.name,
      { type: f.type, ...(f.multiple ? { multiple: true } : {}), ...(f.short ? { short: f.short } : {}) },
    ]),
  );

/** The flags given, by name; throws FlagError on anything the table does not define. */
export function parseFlags(argv: readonly string[], flags: readonly FlagDef[] = FLAGS): FlagValues {
  try {
    return parseArgs({ args: [...argv], options: options(flags), strict: true, allowPositionals: false })
      .values as FlagValues;
  } catch (e) {
    const error = e as Error & { code?: string };
    if (!error.code?.startsWith('ERR_PARSE_ARGS')) throw e;
    // Node's first sentence names the flag ("Unknown option '--bogus'"); the rest is about `--`.
    throw new FlagError(error.message.replace(/\.\s[\s\S]*$/, '').replace(/\.$/, ''));
  }
}

/** The answers the flags give: text as written, lists split at commas, empty lists left out. */
export function answersFromFlags(values: FlagValues, flags: readonly FlagDef[] = FLAGS): EntryAnswers {
  const answers: Record<string, unknown> = {};
  for (const f of flags) {
    const value = values[f.name as keyof FlagValues];
    if (!f.answer || value === undefined) continue;
    if (f.type === 'boolean') {
      if (value === true) answers[f.answer.field] = true;
      continue;
    }
    const answer = f.answer.list ? parseList(String(value)) : value;
    if (!(Array.isArray(answer) && answer.length === 0)) answers[f.answer.field] = answer;
  }
  // The flags table holds the schema's own field names; the values are checked with the schemas later.
  return answers as EntryAnswers;
}
