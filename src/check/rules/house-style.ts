/**
 * House style the schemas do not express (a headline has no full stop; a summary is a
 * sentence). `npm run new` asks with the same rules, so its answers pass this check.
 */
import { problemAt } from '../problem';
import type { CheckedFile, Rule } from '../types';
import { validEntries } from './entries';

export function styleError(field: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (field === 'title' && /\.\s*$/.test(value))
    return 'the title ends with a full stop — a headline has none: remove it';
  if (field === 'summary' && !/[.!?]["”’)]?\s*$/.test(value))
    return 'the summary does not end with a full stop — write it as one sentence ending in "."';
  return undefined;
}

/** Entries and their translations (issue #16), in any language: the same punctuation ends a sentence. */
const titled = (context: Parameters<Rule>[1]) =>
  [...validEntries(context), ...[...context.valid].filter(([f]) => f.collection === 'translations')] as [
    CheckedFile,
    { title: string; summary: string },
  ][];

export const houseStyle: Rule = (_files, context) =>
  titled(context).flatMap(([file, value]) =>
    (['title', 'summary'] as const).flatMap((field) => {
      const style = styleError(field, value[field]);
      return style ? [problemAt(file, [field], style)] : [];
    }),
  );
