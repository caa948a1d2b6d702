/** `npm run new -- --help`, made from the flags table. */
import { ENTRY_KINDS } from '../../schemas/entry';
import type { EntryKind } from './entry-file';
import { FLAGS, type FlagDef } from './flags';

const INTRO = `npm run new — add a visit, agreement or event

Run it without flags to be asked for each field. Or give any answers as flags
(required without a terminal):`;

const KIND_HEADINGS: Record<EntryKind, string> = {
  visit: 'visits only:',
  agreement: 'agreements only:',
  event: 'events only:',
};

/** One flag as written on the command line: `--level state|official|…`, `-h, --help`. */
export const flagUsage = (f: FlagDef): string =>
  `${f.short ? `-${f.short}, ` : ''}--${f.name}${f.value ? ` ${f.value}` : ''}`;

/** Usages longer than this get their help on the next line. */
const WIDTH = 30;

function section(heading: string, flags: readonly FlagDef[]): string[] {
  if (!flags.length) return [];
  const width = WIDTH;
  const line = (f: FlagDef) => {
    const usage = flagUsage(f);
    return usage.length > width
      ? `    ${usage}\n    ${' '.repeat(width)}  ${f.help}`
      : `    ${usage.padEnd(width)}  ${f.help}`;
  };
  return ['', `  ${heading}`, ...flags.map(line)];
}

/** The help text: every flag of the table, grouped by what it is for. */
export function helpText(flags: readonly FlagDef[] = FLAGS): string {
  const isField = (f: FlagDef) => f.answer !== undefined;
  return [
    INTRO,
    ...section(
      'every entry:',
      flags.filter((f) => isField(f) && !f.kinds),
    ),
    ...ENTRY_KINDS.flatMap((kind) =>
      section(
        KIND_HEADINGS[kind],
        flags.filter((f) => isField(f) && f.kinds?.includes(kind)),
      ),
    ),
    ...section(
      'new items (repeatable; the id is made from the name or title unless id=... is given):',
      flags.filter((f) => f.creates),
    ),
    ...section(
      'running:',
      flags.filter((f) => !isField(f) && !f.creates),
    ),
  ].join('\n');
}
