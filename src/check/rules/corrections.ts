/**
 * A correction is dated on a day the record can speak for: not after its as-of day, and
 * not before the entry was first added (from the git history, where it is known).
 */
import { problemAt } from '../problem';
import type { Rule } from '../types';
import { validEntries } from './entries';

export const corrections: Rule = (_files, context) =>
  validEntries(context).flatMap(([file, value]) =>
    value.corrections.flatMap((c, i) => {
      const day = c.date.text;
      const added = context.addedOn?.get(file.id);
      if (day > context.today)
        return [
          problemAt(
            file,
            ['corrections', i, 'date'],
            `correction dated ${day}, after the record's as-of day ${context.today} — date it on the day the correction was made`,
          ),
        ];
      if (added && day < added)
        return [
          problemAt(
            file,
            ['corrections', i, 'date'],
            `correction dated ${day}, before the entry was added on ${added} — a correction is made after publication; fix the entry itself instead`,
          ),
        ];
      return [];
    }),
  );
