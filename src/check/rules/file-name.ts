/** An entry's file name starts with its date (the start of a range), so the folder reads in order. */
import { parseDateSpec } from '../../primitives/dates';
import { problemAt } from '../problem';
import type { Rule } from '../types';
import { validEntries } from './entries';

/** The date written at the start of an entry's file name (`2023-03-first-oil` → `2023-03`). */
export function fileNameDate(id: string): string | undefined {
  return /^(\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?)(?=-|$)/.exec(id)?.[1];
}

export const fileName: Rule = (_files, context) =>
  validEntries(context).flatMap(([file, value]) => {
    const date = parseDateSpec(value.date);
    const prefix = fileNameDate(file.id);
    if (prefix === date.from.text) return [];
    return [
      problemAt(
        file,
        ['date'],
        prefix
          ? `the file name starts with ${prefix} but the date is ${date.text} — rename the file to ${date.from.text}-<slug>.mdx or correct the date`
          : `the file name does not start with the date — rename it to ${date.from.text}-<slug>.mdx`,
      ),
    ];
  });
